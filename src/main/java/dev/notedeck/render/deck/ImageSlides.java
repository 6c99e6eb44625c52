package dev.notedeck.render.deck;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Block;
import dev.notedeck.render.deck.SlideSpec.ImageSlide;
import dev.notedeck.render.deck.TextFrame.Anchor;
import dev.notedeck.resource.LoadedImage;
import dev.notedeck.resource.ResourceLoader;
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

  /**
   * The image as the slides show it: itself when it can be shown, else one line naming it
   * ("이미지 없음: 도표 — a.png") that stays with the text around it, so a picture that cannot be
   * shown takes no slide of its own (issue 13). The source has warned once already.
   */
  Block shown(Block.Image img) {
    if (load(img).isPresent()) {
      return img;
    }
    String src = src(img);
    boolean remote = src.startsWith("http://") || src.startsWith("https://");
    String alt = img.alt() == null || img.alt().isBlank() ? "" : img.alt().strip() + " — ";
    return new Block.Paragraph(new dev.notedeck.model.RichText(List.of(
        dev.notedeck.model.Span.plain((remote ? labels.remoteImage() : labels.missingImage()) + ": " + alt),
        new dev.notedeck.model.Span(ResourceLoader.shown(src), java.util.Set.of(dev.notedeck.model.Span.Style.ITALIC),
            remote ? src : null))));
  }

  /**
   * The pictures that can be shown among the blocks nested in {@code block} (a list item's
   * children, a quote's): the text names them, their slides show them.
   */
  List<Block.Image> nestedPictures(Block block) {
    List<Block.Image> pictures = new ArrayList<>();
    if (block instanceof Block.ListBlock || block instanceof Block.Quote) {
      dev.notedeck.model.BlockTree.forEach(List.of(block), b -> {
        if (b instanceof Block.Image i && shown(i) == i) {
          pictures.add(i);
        }
      });
    }
    return pictures;
  }

  private static String src(Block.Image img) {
    return img.src() == null ? "" : img.src().strip();
  }

  /** The picture, when the slides can show it. */
  private Optional<LoadedImage> load(Block.Image img) {
    String src = src(img);
    Optional<LoadedImage> loaded = images.find(src, img.line());
    if (loaded.isPresent() && !loaded.get().format().raster()) {
      diagnostics.warn(null, 0, "image.unsupported", "image " + ResourceLoader.shown(src)
          + (img.line() > 0 ? " (line " + img.line() + ")" : "") + " is "
          + loaded.get().format().name() + ", which slides cannot show; the slide names it instead "
          + "(convert it to PNG)");
      return Optional.empty();
    }
    return loaded.filter(l -> l.width() > 0 && l.height() > 0);
  }

  SlideSpec slide(String title, Block.Image img) {
    Box area = fit.bodyBelow(title);
    String captionText = img.title() != null && !img.title().isBlank() ? img.title()
        : img.alt() == null ? "" : img.alt();
    String notes = SpeakerNotesText.of(img);
    String src = src(img);
    String shown = ResourceLoader.shown(src); // any length of reference costs no layout
    Optional<LoadedImage> loaded = load(img);
    if (loaded.isEmpty()) {
      List<Para> caption = new ArrayList<>();
      caption.add(FrameFitter.para(labels.missingImage() + ": " + shown, Para.Role.MUTED));
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
