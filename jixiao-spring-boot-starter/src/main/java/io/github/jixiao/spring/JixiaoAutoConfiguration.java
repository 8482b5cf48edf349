package io.github.jixiao.spring;

import io.github.jixiao.json.JixiaoModule;
import io.github.jixiao.json.PackageJson;
import io.github.jixiao.model.render.Renderers;
import io.github.jixiao.scoring.Evaluator;
import io.github.jixiao.scoring.profile.ProfileException;
import io.github.jixiao.scoring.profile.Profiles;
import io.github.jixiao.scoring.profile.ScoringProfile;
import io.github.jixiao.scoring.profile.UnknownProfileException;
import java.io.IOException;
import java.io.InputStream;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

/**
 * Auto-configuration of jixiao in a Spring Boot application. Each bean backs off when the
 * application defines its own of that type.
 *
 * <ul>
 *   <li>{@link JixiaoModule}: Boot registers every Jackson {@code Module} bean with its {@code
 *       ObjectMapper}, so {@code @RequestBody EvaluationPackage} and a returned {@code
 *       PackageEvaluation} use jixiao's canonical JSON.
 *   <li>{@link Profiles}: the built-in profiles and those of {@code jixiao.profile-files}.
 *   <li>{@link Evaluator}: the profile {@code jixiao.profile} (default hunan-2023); an unknown id
 *       stops the application with the list of known ones.
 *   <li>{@link Renderers}: every renderer on the application's class path (eval-render-pdf,
 *       eval-render-xlsx, plug-ins), found through {@code META-INF/services}.
 *   <li>{@link PackageJson}: the package reader and canonical writer.
 * </ul>
 */
@AutoConfiguration
@EnableConfigurationProperties(JixiaoProperties.class)
public class JixiaoAutoConfiguration implements BeanClassLoaderAware {
  private ClassLoader classLoader = JixiaoAutoConfiguration.class.getClassLoader();

  /** Created by Spring. */
  public JixiaoAutoConfiguration() {
    // beans are declared below
  }

  @Override
  public void setBeanClassLoader(ClassLoader classLoader) {
    this.classLoader = classLoader;
  }

  /**
   * Teaches Boot's {@code ObjectMapper} the canonical JSON of packages and evaluations.
   *
   * @return a new module, which Boot registers with its mapper
   */
  @Bean
  @ConditionalOnMissingBean
  public JixiaoModule jixiaoModule() {
    return new JixiaoModule();
  }

  /**
   * The package reader and canonical writer.
   *
   * @return {@link PackageJson#create()}, shared by the application
   */
  @Bean
  @ConditionalOnMissingBean
  public PackageJson jixiaoPackageJson() {
    return PackageJson.create();
  }

  /**
   * The built-in scoring profiles and those of {@code jixiao.profile-files}.
   *
   * @param properties the {@code jixiao.*} settings
   * @return the built-in registry with each file's profile added, in the order listed
   * @throws IllegalStateException when a file cannot be read or is not a valid profile, naming it; the
   *     application does not start
   */
  @Bean
  @ConditionalOnMissingBean
  public Profiles jixiaoProfiles(JixiaoProperties properties) {
    Profiles profiles = Profiles.builtIn();
    for (Resource file : properties.getProfileFiles()) {
      String name = file.getDescription();
      try (InputStream in = file.getInputStream()) {
        ScoringProfile profile = profiles.read(in, name);
        profiles = profiles.with(profile);
      } catch (IOException e) {
        throw new IllegalStateException("jixiao.profile-files: cannot read " + name + ": " + e.getMessage(), e);
      } catch (ProfileException e) {
        throw new IllegalStateException("jixiao.profile-files: " + e.getMessage(), e);
      }
    }
    return profiles;
  }

  /**
   * The evaluator of the profile {@code jixiao.profile} (default hunan-2023).
   *
   * @param profiles the registry to look the profile up in
   * @param properties the {@code jixiao.*} settings
   * @return an evaluator with its own value cache, shared by the application (it is thread-safe)
   * @throws IllegalStateException when the id is unknown, listing the known ones; the application does
   *     not start
   */
  @Bean
  @ConditionalOnMissingBean
  public Evaluator jixiaoEvaluator(Profiles profiles, JixiaoProperties properties) {
    String id = properties.getProfile() == null ? Profiles.DEFAULT : properties.getProfile();
    try {
      return Evaluator.of(profiles.get(id));
    } catch (UnknownProfileException e) {
      throw new IllegalStateException("jixiao.profile: " + e.getMessage(), e);
    }
  }

  /**
   * The renderers on the application's class path.
   *
   * @return the renderers found through {@code META-INF/services} in the bean class loader
   * @throws IllegalStateException when a provider cannot be loaded or two share an id
   */
  @Bean
  @ConditionalOnMissingBean
  public Renderers jixiaoRenderers() {
    return Renderers.discover(classLoader);
  }
}
