package dev.notedeck.render.slidespdf;

import dev.notedeck.RenderContext;
import dev.notedeck.resource.LoadedImage;
import dev.notedeck.theme.LogoSetup;
import java.util.Optional;

/**
 * The theme's logo and slide background, as the deck's template carries them: the background
 * behind every slide, the logo in a corner of every slide (when {@code logo.corner} is not none)
 * and larger on the cover layout (title and closing slides). Only pictures openhtmltopdf draws.
 */
record SlideBrand(Optional<LoadedImage> logo, Optional<LoadedImage> background, LogoSetup place) {

  static SlideBrand of(RenderContext context) {
    var assets = context.theme().assets();
    if (assets == null) {
      return new SlideBrand(Optional.empty(), Optional.empty(), LogoSetup.DEFAULT);
    }
    return new SlideBrand(context.themeImage(assets.logo()).filter(i -> i.format().raster()),
        context.themeImage(assets.slideBackground()).filter(i -> i.format().raster()),
        context.theme().logo());
  }
}
