package dev.notedeck.render.deck;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Block;
import dev.notedeck.render.deck.SlideSpec.ImageSlide;
import dev.notedeck.render.deck.TextFrame.Anchor;
import dev.notedeck.resource.LoadedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A picture scaled into the content area keeping its ratio, or a placeholder naming what is missing. */
final class ImageSlides {

  private final FrameFitter fit;
  private final DeckPlanner.ImageSource images;
  private final Diagnostics diagnostics;
  private final Labels labels;

  ImageSlides(FrameFitter fit, DeckPlanner.ImageSource images, Diagnostics diagnostics, Labels labels) {
    this.fit = fit;
    this.images = images;
    this.diagnostics = diagnostics;
    this.labels = labels;
  }

  SlideSpec slide(String title, Block.Image img) {
    Box area = fit.bodyBelow(title);
    String captionText = img.title() != null && !img.title().isBlank() ? img.title()
        : img.alt() == null ? "" : img.alt();
    String notes = SpeakerNotesText.of(img);
    String src = img.src() == null ? "" : img.src().strip();
    Optional<LoadedImage> loaded = images.find(src, img.line());
    if (loaded.isPresent() && !loaded.get().format().raster()) {
      diagnostics.warn(null, 0, "image.unsupported", "image " + src + (img.line() > 0 ? " (line " + img.line() + ")" : "") + " is "
          + loaded.get().format().name() + ", which slides cannot show; the slide shows a placeholder "
          + "(convert it to PNG)");
      loaded = Optional.empty();
    }
    if (loaded.isEmpty() || loaded.get().width() <= 0 || loaded.get().height() <= 0) {
      List<Para> caption = new ArrayList<>();
      caption.add(FrameFitter.para(labels.missingImage() + ": " + src, Para.Role.MUTED));
      if (!captionText.isBlank()) {
        caption.add(FrameFitter.para(captionText, Para.Role.BODY));
      }
      Box box = new Box(area.x() + area.width() * 0.15, area.y() + area.height() * 0.2,
          area.width() * 0.7, area.height() * 0.6);
      TextFrame frame = fit.fitFrame(caption, box, fit.setup().bodySize(), Anchor.MIDDLE);
      return new ImageSlide(fit.pageTitle(title, 0, 1), null, frame.box(), frame, notes);
    }
    LoadedImage image = loaded.get();
    TextFrame cap;
    Box pictureArea = area;
    if (!captionText.isBlank()) {
      List<Para> c = List.of(FrameFitter.para(captionText, Para.Role.MUTED));
      double capSize = fit.setup().minBodySize();
      List<Para> sizedCap = c.stream().map(p -> p.withSize(capSize, 0)).toList();
      double capH = fit.measurer().height(sizedCap, area.width() - 2 * TextFrame.INSET_X) + 2 * TextFrame.INSET_Y;
      capH = Math.min(capH, area.height() / 3);
      Box capBox = new Box(area.x(), area.bottom() - capH, area.width(), capH);
      cap = fit.fitFrame(c, capBox, capSize, Anchor.TOP);
      pictureArea = area.withY(area.y(), area.height() - capH - 4);
    } else {
      cap = new TextFrame(new Box(area.x(), area.bottom(), area.width(), 0), List.of(), Anchor.TOP);
    }
    double scale = Math.min(pictureArea.width() / image.width(), pictureArea.height() / image.height());
    double w = image.width() * scale;
    double h = image.height() * scale;
    Box box = new Box(pictureArea.x() + (pictureArea.width() - w) / 2,
        pictureArea.y() + (pictureArea.height() - h) / 2, w, h);
    return new ImageSlide(fit.pageTitle(title, 0, 1), image, box, cap, notes);
  }
}
