package io.github.jixiao.examples.html;

import io.github.jixiao.model.EvaluationPackage;
import io.github.jixiao.model.FundsBlock;
import io.github.jixiao.model.FundsRow;
import io.github.jixiao.model.FundsRowKind;
import io.github.jixiao.model.IndicatorRow;
import io.github.jixiao.model.Level1Group;
import io.github.jixiao.model.Level1Indicator;
import io.github.jixiao.model.Level2Group;
import io.github.jixiao.model.Level2Indicator;
import io.github.jixiao.model.Project;
import io.github.jixiao.model.ScoreCell;
import io.github.jixiao.model.SelfEvaluationForm;
import io.github.jixiao.model.render.RenderMode;
import io.github.jixiao.model.render.RenderRequest;
import io.github.jixiao.model.render.Renderer;
import io.github.jixiao.model.render.Renderers;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * Run by {@link ModelOnlyClassPathTest} in a JVM whose class path holds the model jar, JSpecify
 * and the plug-in only: builds a package in code, finds the renderer through discovery, renders.
 * Uses nothing but the model's API (no test library, no JSON, no scoring).
 */
final class ModelOnlyMain {
  private ModelOnlyMain() {}

  public static void main(String[] args) throws Exception {
    FundsRow total = new FundsRow(FundsRowKind.TOTAL, "年度资金总额", new BigDecimal("45"), new BigDecimal("45"),
        new BigDecimal("45"), ScoreCell.of("10"), "100%", ScoreCell.of("10"));
    IndicatorRow row = new IndicatorRow("群众满意度", "≥95%", "98%", ScoreCell.of("10"), ScoreCell.of("10"), null);
    Level1Group group = new Level1Group(Level1Indicator.SATISFACTION, "满意度指标", BigDecimal.TEN,
        List.of(new Level2Group(Level2Indicator.SERVICE_SATISFACTION, "服务对象满意度指标", List.of(row))));
    SelfEvaluationForm form = new SelfEvaluationForm("3-1", "2023年度项目支出绩效自评表", "bangdaiban", "帮代办工作经费",
        null, null, new FundsBlock(List.of(total), List.of(), List.of()), List.of(), List.of(group), ScoreCell.of("100"),
        ScoreCell.of("100"), List.of(), List.of());
    EvaluationPackage pkg = new EvaluationPackage("1", 2023, "汨罗市住房和城乡建设局", null,
        List.of(new Project("bangdaiban", "帮代办工作经费")), null, null, List.of(form), null, List.of());
    Renderer html = Renderers.discover(ModelOnlyMain.class.getClassLoader()).get("html");
    html.render(RenderRequest.of(pkg, null, RenderMode.REPORTED), Path.of(args[0]));
    System.out.println("rendered with " + html.getClass().getName());
  }
}
