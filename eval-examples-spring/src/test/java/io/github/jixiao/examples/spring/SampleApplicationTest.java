package io.github.jixiao.examples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.examples.Examples;
import io.github.jixiao.json.EvaluationJson;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.render.pdf.PdfRenderer;
import io.github.jixiao.render.xlsx.XlsxRenderer;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The sample service over real HTTP, as a client of a finance system would call it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleApplicationTest {
  private static final EvaluationPackage SEED = Examples.miluo2023();
  private static final String SEED_JSON = PackageJson.create().write(SEED);
  private static final ObjectMapper PLAIN = new ObjectMapper();

  @LocalServerPort private int port;
  @Autowired private ObjectMapper bootMapper;

  private HttpResponse<byte[]> post(String path, String body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  private static JsonNode json(HttpResponse<byte[]> response) throws Exception {
    return PLAIN.readTree(response.body());
  }

  @Test
  void scoreAnswersTheScoreJsonOfThePackage() throws Exception {
    HttpResponse<byte[]> response = post("/score", SEED_JSON);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    String expected = EvaluationJson.write(Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(SEED));
    assertThat(json(response)).isEqualTo(PLAIN.readTree(expected));
    assertThat(json(response).at("/summary/errors").asInt()).isEqualTo(27); // SeedFindingsTest's errors
  }

  @Test
  void renderAnswersThePdfAsADownloadWithTheDepartmentsName() throws Exception {
    HttpResponse<byte[]> response = post("/render?format=pdf&mode=reported", SEED_JSON);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
    assertThat(response.headers().firstValue("Content-Disposition")).hasValue(
        "attachment; filename=\"jixiao-2023.pdf\"; filename*=UTF-8''"
            + "%E6%B1%A8%E7%BD%97%E5%B8%82%E4%BD%8F%E6%88%BF%E5%92%8C%E5%9F%8E%E4%B9%A1%E5%BB%BA%E8%AE%BE%E5%B1%80-2023.pdf");
    ByteArrayOutputStream direct = new ByteArrayOutputStream();
    new PdfRenderer().render(RenderRequest.of(SEED, Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(SEED),
        RenderMode.REPORTED), direct);
    assertThat(response.body()).isEqualTo(direct.toByteArray());
  }

  @Test
  void renderAnswersTheComputedWorkbook() throws Exception {
    HttpResponse<byte[]> response = post("/render?format=xlsx&mode=computed", SEED_JSON);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
        d -> assertThat(d).endsWith("-2023-computed.xlsx").contains("filename=\"jixiao-2023.xlsx\""));
    ByteArrayOutputStream direct = new ByteArrayOutputStream();
    new XlsxRenderer().render(RenderRequest.of(SEED, Evaluator.of(Profiles.builtIn().get("hunan-2023")).evaluate(SEED),
        RenderMode.COMPUTED), direct);
    assertThat(response.body()).isEqualTo(direct.toByteArray());
  }

  @Test
  void aPackageThatCannotBeReadIsAnswered422WithEveryProblemLocated() throws Exception {
    String body = "{\n  \"formatVersion\": \"1\",\n  \"year\": \"x\",\n  \"department\": \"部门\",\n  \"foo\": 1\n}";
    HttpResponse<byte[]> response = post("/score", body);
    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode problems = json(response).get("problems");
    assertThat(problems).hasSize(2);
    assertThat(problems.get(0).get("pointer").asText()).isEqualTo("/year");
    assertThat(problems.get(0).get("line").asInt()).isEqualTo(3);
    assertThat(problems.get(0).get("message").asText()).contains("整数");
    assertThat(problems.get(1).get("pointer").asText()).isEqualTo("/foo");
    assertThat(problems.get(1).get("message").asText()).contains("unknown field 'foo'");
  }

  @Test
  void brokenJsonIsAnswered422WithItsPlace() throws Exception {
    HttpResponse<byte[]> response = post("/render?format=pdf", "{\"formatVersion\": \"1\",\n \"year\": 2023,");
    assertThat(response.statusCode()).isEqualTo(422);
    JsonNode problem = json(response).get("problems").get(0);
    assertThat(problem.get("line").asInt()).isEqualTo(2);
    assertThat(problem.get("message").asText()).startsWith("JSON 语法错误");
  }

  @Test
  void anUnknownFormatIsABadRequestListingTheKnownOnes() throws Exception {
    HttpResponse<byte[]> response = post("/render?format=docx", SEED_JSON);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("error").asText()).contains("docx").contains("pdf, xlsx");
  }

  @Test
  void importReadsTheWorkbookJixiaoRendersBackIntoThePackage() throws Exception {
    ByteArrayOutputStream workbook = new ByteArrayOutputStream();
    new XlsxRenderer().render(RenderRequest.of(SEED, null, RenderMode.REPORTED), workbook);
    HttpResponse<byte[]> response = postBytes("/import", workbook.toByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    EvaluationPackage read = PackageJson.create().read(response.body());
    assertThat(read.projectEvaluations()).isEqualTo(SEED.projectEvaluations());
    assertThat(read.departmentEvaluation()).isEqualTo(SEED.departmentEvaluation());
  }

  @Test
  void aFileThatIsNotAWorkbookIsAnswered422() throws Exception {
    HttpResponse<byte[]> response = postBytes("/import", "not a workbook".getBytes(StandardCharsets.UTF_8));
    assertThat(response.statusCode()).isEqualTo(422);
    assertThat(json(response).get("message").asText()).isNotBlank();
  }

  private HttpResponse<byte[]> postBytes(String path, byte[] body) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Content-Type", "application/octet-stream")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  @Test
  void bootsOwnMapperKnowsThePackage() throws Exception {
    assertThat(bootMapper.readValue(SEED_JSON, EvaluationPackage.class)).isEqualTo(SEED);
  }
}
