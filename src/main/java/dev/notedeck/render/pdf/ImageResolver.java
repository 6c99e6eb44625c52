package dev.notedeck.render.pdf;

import dev.notedeck.RenderContext;
import dev.notedeck.model.Block;
import dev.notedeck.resource.LoadedImage;
import dev.notedeck.theme.PageSetup;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Gets an image of the notes through the render context's resource loader (which applies the
 * resource policy and warns about anything it refuses) and sizes it to fit the text column,
 * keeping its ratio. The bytes go into the XHTML as a data URI, so openhtmltopdf itself never
 * reads a file or the network.
 */
final class ImageResolver {
  /** CSS pixels are 1/96 inch. */
  private static final double MM_PER_PX = 25.4 / 96;

  private final RenderContext context;
  private final Path source;
  private final double columnWidthMm;
  private final double maxHeightMm;
  private UndrawnImages watched;

  ImageResolver(RenderContext context, Path source, PageSetup page) {
    this.context = context;
    this.source = source;
    this.columnWidthMm = page.widthMm() - page.marginLeftMm() - page.marginRightMm();
    // Leave room for a caption and the line before it, so a tall image still fits one page.
    this.maxHeightMm = (page.heightMm() - page.marginTopMm() - page.marginBottomMm()) * 0.8;
  }

  /** Tells {@code undrawn} which image each data URI is, so a failure to draw it names it. */
  ImageResolver watchedBy(UndrawnImages undrawn) {
    this.watched = undrawn;
    return this;
  }

  /** A usable image: its data URI and its size on the page. */
  record Placed(String dataUri, double widthMm, double heightMm) {}

  /** The image placed on the page, or empty (the loader has warned) for a placeholder. */
  Optional<Placed> resolve(Block.Image image) {
    Optional<LoadedImage> loaded = context.image(image.src(), source, image.line());
    Optional<Placed> placed = loaded.filter(i -> i.format().raster() && i.width() > 0 && i.height() > 0)
        .map(this::place);
    if (watched != null) {
      placed.ifPresent(p -> watched.placed(p.dataUri(), image));
    }
    return placed;
  }

  private Placed place(LoadedImage image) {
    double w = image.width() * MM_PER_PX;
    double h = image.height() * MM_PER_PX;
    double scale = Math.min(1, Math.min(columnWidthMm / w, maxHeightMm / h));
    return new Placed(image.dataUri(), w * scale, h * scale);
  }
}
