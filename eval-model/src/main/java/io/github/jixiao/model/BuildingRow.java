package io.github.jixiao.model;

import org.jspecify.annotations.Nullable;

/**
 * 楼堂馆所 — a building project completed in the year.
 *
 * @param name the project's name
 * @param approvedScale 批复规模 (m²)
 * @param actualScale 实际规模 (m²)
 * @param scaleControlRate 规模控制率 as printed
 * @param budgetInvestment 预算投资 (万元)
 * @param actualInvestment 实际投资 (万元)
 * @param investmentControlRate 投资概算控制率 as printed
 */
public record BuildingRow(
    @Nullable String name,
    @Nullable Amount approvedScale,
    @Nullable Amount actualScale,
    @Nullable String scaleControlRate,
    @Nullable Amount budgetInvestment,
    @Nullable Amount actualInvestment,
    @Nullable String investmentControlRate) {}
