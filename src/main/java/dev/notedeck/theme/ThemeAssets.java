package dev.notedeck.theme;

import java.util.Optional;

/** Optional files beside {@code theme.yaml}. */
public record ThemeAssets(
    Optional<Resource> handoutCss,
    Optional<Resource> pptxTemplate,
    Optional<Resource> logo,
    Optional<Resource> slideBackground) {
  public static ThemeAssets none() {
    return new ThemeAssets(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
