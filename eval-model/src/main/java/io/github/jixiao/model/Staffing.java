package io.github.jixiao.model;

import io.github.jixiao.model.constraint.PositiveOrZero;
import org.jspecify.annotations.Nullable;

/**
 * 财政供养人员情况 — staffing of the basic data table.
 *
 * @param authorized 编制数
 * @param actual 实际在职人数
 * @param controlRate 控制率 as printed ("96.41%")
 */
public record Staffing(
    @PositiveOrZero(message = "人数不能为负数 / head count must not be negative") @Nullable Integer authorized,
    @PositiveOrZero(message = "人数不能为负数 / head count must not be negative") @Nullable Integer actual,
    @Nullable String controlRate) {}
