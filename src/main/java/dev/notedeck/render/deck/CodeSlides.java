package dev.notedeck.render.deck;

import dev.notedeck.model.Block;
import dev.notedeck.model.Span;
import dev.notedeck.render.deck.SlideSpec.CodeSlide;
import dev.notedeck.render.deck.TextFrame.Anchor;
import java.util.ArrayList;
import java.util.List;

/**
 * A code block on its own slides: the largest size at which lines need not wrap, split at line
 * boundaries when too long, each slide labelled with the language and its line range.
 */
final class CodeSlides {

  private final FrameFitter fit;

  CodeSlides(FrameFitter fit) {
    this.fit = fit;
  }

  List<SlideSpec> slides(String title, Block.Code code) {
    return slides(title, List.of(), "", code);
  }

  /** Whether {@code lead} (unsized paragraphs) fits a third of the content area at the minimum size. */
  boolean fitsAsLead(String title, List<Para> lead) {
    Box area = fit.bodyBelow(title);
    return fit.measurer().height(fit.sized(lead, fit.setup().minBodySize()), area.width() - 2 * TextFrame.INSET_X)
        + 2 * TextFrame.INSET_Y <= area.height() / 3;
  }

  /**
   * The code below {@code lead} (paragraphs introducing it, unsized; may be empty) on the first
   * slide; {@code leadNotes} is the lead's original text for the speaker notes.
   */
  List<SlideSpec> slides(String title, List<Para> lead, String leadNotes, Block.Code code) {
    Box area = fit.bodyBelow(title);
    TextFrame leadFrame = new TextFrame(area.withY(area.y(), 2 * TextFrame.INSET_Y), List.of(), Anchor.TOP);
    double leadRoom = 0;
    if (!lead.isEmpty()) {
      TextFrame sized = fit.fitFrame(lead, area.withY(area.y(), area.height() / 3), fit.setup().bodySize(), Anchor.TOP);
      double h = fit.measurer().height(sized.paras(), sized.innerWidth()) + 2 * TextFrame.INSET_Y + 1;
      leadFrame = new TextFrame(area.withY(area.y(), h), sized.paras(), Anchor.TOP);
      leadRoom = h + 8;
    }
    double labelHeight = fit.setup().minCodeSize() * TextMeasurer.MIN_LINE_EM + 2 * TextFrame.INSET_Y + 1;
    Box box = area.withY(area.y() + leadRoom + labelHeight, area.height() - leadRoom - labelHeight);
    double width = box.width() - 2 * TextFrame.INSET_X;
    double height = box.height() - 2 * TextFrame.INSET_Y;
    List<List<Para>> pages = pages(BlockParas.highlightedLines(code), width, height);
    String lang = code.language() == null ? "" : code.language().strip();
    String notes = leadNotes.isEmpty() ? SpeakerNotesText.of(code) : leadNotes + "\n\n" + SpeakerNotesText.of(code);
    List<SlideSpec> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      String labelText = lang.isEmpty() ? "" : lang;
      if (pages.size() > 1) {
        int first = 1 + pages.subList(0, i).stream().mapToInt(List::size).sum();
        String range = "lines " + first + "–" + (first + pages.get(i).size() - 1);
        labelText = labelText.isEmpty() ? range : labelText + " · " + range;
      }
      // the panel is as tall as its code; lead, label and panel together centred in the area
      double need = Math.min(box.height(), fit.measurer().height(pages.get(i), width) + 2 * TextFrame.INSET_Y + 2);
      double shift = (box.height() - need) / 2;
      double top = area.y() + shift;
      TextFrame leadHere = new TextFrame(leadFrame.box().withY(top, leadFrame.box().height()),
          i == 0 ? leadFrame.paras() : List.of(), Anchor.TOP);
      TextFrame labelFrame = new TextFrame(new Box(area.x(), top + leadRoom, area.width(), labelHeight),
          labelText.isEmpty() ? List.of() : List.of(new Para(List.of(Span.plain(labelText)), 0, null, 0,
              Para.Role.MUTED, fit.setup().minCodeSize(), 0)), Anchor.BOTTOM);
      Box panel = box.withY(box.y() + shift, need);
      out.add(new CodeSlide(fit.pageTitle(title, i, pages.size()), leadHere, lang, labelFrame,
          new TextFrame(panel, pages.get(i), Anchor.TOP), notes, fit.page(title, i, pages.size())));
    }
    return out;
  }

  /**
   * The lines at the largest size (up to the theme's code size) at which none wraps and all fit
   * {@code height}; when no size down to the minimum fits them all, they continue on further
   * slides at the minimum size, split between lines only.
   */
  private List<List<Para>> pages(List<Para> base, double width, double height) {
    double min = fit.setup().minCodeSize();
    double size = min;
    for (double s : FrameFitter.sizes(fit.setup().codeSize(), min)) {
      List<Para> at = sized(base, s);
      boolean wide = at.stream().anyMatch(p -> fit.measurer().naturalWidth(p) > width * TextMeasurer.WIDTH_SLACK);
      if (!wide) {
        size = s;
        break;
      }
    }
    double chosen = min;
    for (double s : FrameFitter.sizes(size, min)) {
      if (fit.measurer().height(sized(base, s), width) <= height) {
        chosen = s;
        break;
      }
    }
    List<List<Para>> pages = new ArrayList<>();
    List<Para> page = new ArrayList<>();
    double used = 0;
    for (Para p : sized(base, chosen)) {
      double h = fit.measurer().height(p, width);
      if (used + h > height && !page.isEmpty()) {
        pages.add(page);
        page = new ArrayList<>();
        used = 0;
      }
      page.add(p);
      used += h;
    }
    pages.add(page);
    return pages;
  }

  private static List<Para> sized(List<Para> lines, double size) {
    return lines.stream().map(p -> p.withSize(size, 0)).toList();
  }
}
