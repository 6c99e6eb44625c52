package dev.notedeck.render.deck;

import dev.notedeck.lang.Labels;
import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Block;
import dev.notedeck.model.RichText;
import dev.notedeck.render.deck.SlideSpec.ImageSlide;
import dev.notedeck.render.deck.TextFrame.Anchor;
import dev.notedeck.resource.LoadedImage;
import dev.notedeck.resource.ResourceLoader;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A picture scaled into the content area keeping its ratio, alone or beside short text; a picture
 * that cannot be shown becomes a small labelled box naming it (or, in a recap, a labelled line in
 * the text it stands in).
 */
final class ImageSlides {

  /** Space between the text and the picture beside it, in points. */
  static final double GUTTER = 18;

  private final FrameFitter fit;
  private final DeckPlanner.ImageSource images;
  private final Diagnostics diagnostics;
  private final Labels labels;
  /** Each picture is looked up (and warned about) once, however often the planner asks. */
  private final Map<Block.Image, Optional<LoadedImage>> found = new IdentityHashMap<>();

  ImageSlides(FrameFitter fit, DeckPlanner.ImageSource images, Diagnostics diagnostics, Labels labels) {
    this.fit = fit;
    this.images = images;
    this.diagnostics = diagnostics;
    this.labels = labels;
  }

  /** The picture when a slide can show it; empty after one warning saying why not. */
  Optional<LoadedImage> shown(Block.Image img) {
    return found.computeIfAbsent(img, i -> {
      String src = src(i);
      Optional<LoadedImage> loaded = images.find(src, i.line());
      if (loaded.isPresent() && !loaded.get().format().raster()) {
        diagnostics.warn(null, 0, "image.unsupported", "image " + ResourceLoader.shown(src) + (i.line() > 0 ? " (line " + i.line() + ")" : "")
            + " is " + loaded.get().format().name() + ", which slides cannot show; the slide names it instead "
            + "(convert it to PNG)");
        return Optional.empty();
      }
      return loaded.filter(l -> l.width() > 0 && l.height() > 0);
    });
  }

  /**
   * The pictures that can be shown among the blocks nested in {@code block} (a list item's
   * children, a quote's): the text names them, their slides show them (issue 13).
   */
  List<Block.Image> nestedPictures(Block block) {
    List<Block.Image> pictures = new ArrayList<>();
    if (block instanceof Block.ListBlock || block instanceof Block.Quote) {
      dev.notedeck.model.BlockTree.forEach(List.of(block), b -> {
        if (b instanceof Block.Image i && shown(i).isPresent()) {
          pictures.add(i);
        }
      });
    }
    return pictures;
  }

  /** A picture that cannot be shown, as a line of text naming it: where it stood, in the text. */
  Block missingAsText(Block.Image img) {
    String caption = caption(img);
    return new Block.Paragraph(RichText.of(labels.imageMissing() + ": " + ResourceLoader.shown(src(img))
        + (caption.isBlank() ? "" : " — " + caption)));
  }

  SlideSpec slide(String title, Block.Image img) {
    Box area = fit.bodyBelow(title);
    String notes = SpeakerNotesText.of(img);
    Optional<LoadedImage> loaded = shown(img);
    TextFrame none = new TextFrame(new Box(area.x(), area.y(), area.width(), 0), List.of(), Anchor.TOP);
    if (loaded.isEmpty()) {
      TextFrame box = missingBox(img, area);
      return new ImageSlide(fit.pageTitle(title, 0, 1), null, box.box(), box, none, notes);
    }
    LoadedImage image = loaded.get();
    String captionText = caption(img);
    TextFrame cap;
    Box pictureArea = area;
    if (!captionText.isBlank()) {
      cap = captionBelow(captionText, area);
      pictureArea = area.withY(area.y(), area.height() - cap.box().height() - 4);
    } else {
      cap = new TextFrame(new Box(area.x(), area.bottom(), area.width(), 0), List.of(), Anchor.TOP);
    }
    return new ImageSlide(fit.pageTitle(title, 0, 1), image, fitted(image, pictureArea), cap, none, notes);
  }

  /**
   * Short text and the picture after it on one slide, the text on the left, the picture (or the
   * box naming a missing one) on the right; empty when the text does not fit half the area at the
   * minimum size. {@code textNotes} is the text's original for the speaker notes.
   */
  Optional<SlideSpec> beside(String title, List<Para> text, String textNotes, Block.Image img) {
    Box area = fit.bodyBelow(title);
    double half = (area.width() - GUTTER) / 2;
    Box left = new Box(area.x(), area.y(), half, area.height());
    Box right = new Box(area.x() + half + GUTTER, area.y(), half, area.height());
    TextFrame sized = FrameFitter.largestFitting(FrameFitter.sizes(fit.setup().bodySize(), fit.setup().minBodySize()),
        s -> {
          TextFrame f = new TextFrame(left, fit.sized(text, s), Anchor.MIDDLE);
          return fit.measurer().fits(f) ? f : null;
        });
    if (sized == null) {
      return Optional.empty();
    }
    String notes = textNotes.isEmpty() ? SpeakerNotesText.of(img) : textNotes + "\n\n" + SpeakerNotesText.of(img);
    Optional<LoadedImage> loaded = shown(img);
    if (loaded.isEmpty()) {
      TextFrame box = missingBox(img, right);
      return Optional.of(new ImageSlide(fit.pageTitle(title, 0, 1), null, box.box(), box, sized, notes));
    }
    String captionText = caption(img);
    TextFrame cap = new TextFrame(new Box(right.x(), right.bottom(), right.width(), 0), List.of(), Anchor.TOP);
    Box pictureArea = right;
    if (!captionText.isBlank()) {
      cap = captionBelow(captionText, right);
      pictureArea = right.withY(right.y(), right.height() - cap.box().height() - 4);
    }
    return Optional.of(new ImageSlide(fit.pageTitle(title, 0, 1), loaded.get(), fitted(loaded.get(), pictureArea),
        cap, sized, notes));
  }

  /** A box as small as its label (the missing picture's name and caption), centred in {@code area}. */
  private TextFrame missingBox(Block.Image img, Box area) {
    List<Para> label = new ArrayList<>();
    // any length of reference costs no layout
    label.add(FrameFitter.para(labels.imageMissing() + ": " + ResourceLoader.shown(src(img)), Para.Role.MUTED));
    String captionText = caption(img);
    if (!captionText.isBlank()) {
      label.add(FrameFitter.para(captionText, Para.Role.BODY));
    }
    double width = Math.min(area.width(), Math.max(area.width() * 0.6, 240));
    List<Para> sized = fit.sized(label, fit.setup().minBodySize());
    double h = Math.min(area.height(), fit.measurer().height(sized, width - 2 * TextFrame.INSET_X)
        + 2 * TextFrame.INSET_Y + 8);
    Box box = new Box(area.x() + (area.width() - width) / 2, area.y() + (area.height() - h) / 2, width, h);
    return fit.fitFrame(label, box, fit.setup().minBodySize(), Anchor.MIDDLE);
  }

  private TextFrame captionBelow(String captionText, Box area) {
    List<Para> c = List.of(FrameFitter.para(captionText, Para.Role.MUTED));
    double capSize = fit.setup().minBodySize();
    List<Para> sizedCap = c.stream().map(p -> p.withSize(capSize, 0)).toList();
    double capH = fit.measurer().height(sizedCap, area.width() - 2 * TextFrame.INSET_X) + 2 * TextFrame.INSET_Y;
    capH = Math.min(capH, area.height() / 3);
    Box capBox = new Box(area.x(), area.bottom() - capH, area.width(), capH);
    return fit.fitFrame(c, capBox, capSize, Anchor.TOP);
  }

  private static Box fitted(LoadedImage image, Box area) {
    double scale = Math.min(area.width() / image.width(), area.height() / image.height());
    double w = image.width() * scale;
    double h = image.height() * scale;
    return new Box(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h);
  }

  private static String caption(Block.Image img) {
    return img.title() != null && !img.title().isBlank() ? img.title() : img.alt() == null ? "" : img.alt();
  }

  private static String src(Block.Image img) {
    return img.src() == null ? "" : img.src().strip();
  }
}
