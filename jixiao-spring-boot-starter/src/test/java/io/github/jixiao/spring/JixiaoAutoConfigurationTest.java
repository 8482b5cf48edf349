package io.github.jixiao.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.jixiao.examples.Examples;
import io.github.jixiao.json.EvaluationJson;
import io.github.jixiao.json.JixiaoModule;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.render.Renderers;
import io.github.jixiao.model.result.PackageEvaluation;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.Profiles;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class JixiaoAutoConfigurationTest {
  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JixiaoAutoConfiguration.class, JacksonAutoConfiguration.class));

  @Test
  void givesTheDefaultProfilesEvaluatorRenderersAndReader() {
    runner.run(context -> {
      assertThat(context).hasNotFailed();
      assertThat(context.getBean(Evaluator.class).profile().id()).isEqualTo(Profiles.DEFAULT);
      assertThat(context.getBean(Profiles.class).ids()).containsAll(Profiles.BUILT_IN);
      assertThat(context.getBean(Renderers.class).ids()).contains("pdf");
      assertThat(context).hasSingleBean(PackageJson.class).hasSingleBean(JixiaoModule.class);
    });
  }

  @Test
  void aHostWithTheWordRendererOnItsClasspathGetsItAndRendersTheSeed() {
    runner.run(context -> {
      Renderers renderers = context.getBean(Renderers.class);
      assertThat(renderers.ids()).contains("docx", "pdf");
      EvaluationPackage seed = Examples.miluo2023();
      PackageEvaluation evaluation = context.getBean(Evaluator.class).evaluate(seed);
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      renderers.get("docx").render(io.github.jixiao.model.render.RenderRequest.of(seed, evaluation,
          io.github.jixiao.model.render.RenderMode.REPORTED), out);
      byte[] docx = out.toByteArray();
      assertThat(new String(docx, 30, 19, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("[Content_Types].xml");
      assertThat(docx.length).isGreaterThan(20_000);
    });
  }

  @Test
  void bootsObjectMapperReadsAndWritesTheCanonicalJson() {
    runner.run(context -> {
      ObjectMapper mapper = context.getBean(ObjectMapper.class);
      EvaluationPackage seed = Examples.miluo2023();
      String json = PackageJson.create().write(seed);
      assertThat(mapper.readValue(json, EvaluationPackage.class)).isEqualTo(seed);
      PackageEvaluation evaluation = context.getBean(Evaluator.class).evaluate(seed);
      assertThat(mapper.readTree(mapper.writeValueAsString(evaluation)))
          .isEqualTo(mapper.readTree(EvaluationJson.write(evaluation)));
    });
  }

  @Test
  void theProfileComesFromJixiaoProfile() {
    runner.withPropertyValues("jixiao.profile=national-2020")
        .run(context -> assertThat(context.getBean(Evaluator.class).profile().id()).isEqualTo("national-2020"));
  }

  @Test
  void customProfilesComeFromJixiaoProfileFiles() {
    runner.withPropertyValues("jixiao.profile-files=classpath:profiles/county.json",
            "jixiao.profile=hunan-2023-execution-20")
        .run(context -> {
          Evaluator evaluator = context.getBean(Evaluator.class);
          assertThat(evaluator.profile().id()).isEqualTo("hunan-2023-execution-20");
          assertThat(evaluator.profile().executionWeight()).isEqualByComparingTo(new BigDecimal("20"));
          assertThat(context.getBean(Profiles.class).ids()).contains("hunan-2023-execution-20", "hunan-2023");
        });
  }

  @Test
  void anUnknownProfileStopsTheApplicationNamingTheKnownOnes() {
    runner.withPropertyValues("jixiao.profile=shanghai-2099").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("shanghai-2099")
          .hasMessageContaining("hunan-2023");
    });
  }

  @Test
  void aBrokenProfileFileStopsTheApplicationNamingTheFile() {
    runner.withPropertyValues("jixiao.profile-files=classpath:profiles/extends-unknown.json").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("extends-unknown.json");
    });
    runner.withPropertyValues("jixiao.profile-files=classpath:profiles/missing.json").run(context -> {
      assertThat(context).hasFailed();
      assertThat(context.getStartupFailure()).hasStackTraceContaining("missing.json");
    });
  }

  @Test
  void theApplicationsOwnBeansWin() {
    runner.withUserConfiguration(OwnEvaluator.class).run(context -> {
      assertThat(context).hasSingleBean(Evaluator.class);
      assertThat(context.getBean(Evaluator.class).profile().id()).isEqualTo("sichuan");
    });
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnEvaluator {
    @Bean
    Evaluator myEvaluator() {
      return Evaluator.of(Profiles.builtIn().get("sichuan"));
    }
  }
}
