/**
 * Spring Boot auto-configuration of jixiao: {@link io.github.jixiao.spring.JixiaoAutoConfiguration}
 * and its {@code jixiao.*} settings, {@link io.github.jixiao.spring.JixiaoProperties}.
 */
@NullMarked
package io.github.jixiao.spring;

import org.jspecify.annotations.NullMarked;
