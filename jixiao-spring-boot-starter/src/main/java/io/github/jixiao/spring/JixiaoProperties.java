package io.github.jixiao.spring;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * The {@code jixiao.*} settings of a Spring Boot application.
 *
 * <pre>
 * jixiao.profile=hunan-2023
 * jixiao.profile-files=classpath:profiles/county-2024.json,file:/etc/jixiao/other.json
 * </pre>
 */
@ConfigurationProperties(prefix = "jixiao")
public class JixiaoProperties {
  /**
   * The id of the scoring profile the auto-configured Evaluator applies: a built-in one
   * (hunan-2023, national-2020, mof-2021 and the provinces of Profiles.BUILT_IN) or one from jixiao.profile-files.
   * Unset: hunan-2023.
   */
  private @Nullable String profile;

  /**
   * Scoring profile files (JSON, as {@code jixiao profiles --show} prints them) to load beside the
   * built-in profiles, in order; a file may extend a built-in profile or one listed before it.
   */
  private List<Resource> profileFiles = new ArrayList<>();

  /**
   * The profile id, or {@code null} for the default.
   *
   * @return {@code jixiao.profile} as bound ("hunan-2023"), or {@code null} when unset
   */
  public @Nullable String getProfile() {
    return profile;
  }

  /**
   * Sets the profile id.
   *
   * @param profile a built-in profile's id or one of {@code jixiao.profile-files}; {@code null} for
   *     hunan-2023. An unknown id stops the application when the Evaluator is created
   */
  public void setProfile(@Nullable String profile) {
    this.profile = profile;
  }

  /**
   * The profile files.
   *
   * @return the resources of {@code jixiao.profile-files}, in order; empty when unset
   */
  public List<Resource> getProfileFiles() {
    return profileFiles;
  }

  /**
   * Sets the profile files.
   *
   * @param profileFiles Spring resources ({@code classpath:…}, {@code file:…}) of JSON profiles, read in
   *     this order; the list is copied
   */
  public void setProfileFiles(List<Resource> profileFiles) {
    this.profileFiles = new ArrayList<>(profileFiles);
  }
}
