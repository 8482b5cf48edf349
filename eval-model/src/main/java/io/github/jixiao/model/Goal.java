package io.github.jixiao.model;

import org.jspecify.annotations.Nullable;

/**
 * 年度总体目标 — one row of the annual goals block.
 *
 * @param expected 预期目标, as printed
 * @param actual 实际完成情况, as printed
 */
public record Goal(@Nullable String expected, @Nullable String actual) {}
