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
    List<String> lines = BlockParas.codeLines(code);
    Box area = fit.bodyBelow(title);
    TextFrame leadFrame = new TextFrame(area.withY(area.y(), 2 * TextFrame.INSET_Y), List.of(), Anchor.TOP);
    if (!lead.isEmpty()) {
      TextFrame sized = fit.fitFrame(lead, area.withY(area.y(), area.height() / 3), fit.setup().bodySize(), Anchor.TOP);
      double h = fit.measurer().height(sized.paras(), sized.innerWidth()) + 2 * TextFrame.INSET_Y + 1;
      leadFrame = new TextFrame(area.withY(area.y(), h), sized.paras(), Anchor.TOP);
      area = area.withY(area.y() + h + 8, area.height() - h - 8);
    }
    double labelHeight = fit.setup().minCodeSize() * TextMeasurer.MIN_LINE_EM + 2 * TextFrame.INSET_Y + 1;
    Box label = new Box(area.x(), area.y(), area.width(), labelHeight);
    Box box = area.withY(area.y() + labelHeight, area.height() - labelHeight);
    double width = box.width() - 2 * TextFrame.INSET_X;
    double height = box.height() - 2 * TextFrame.INSET_Y;
    List<Para> base = lines.stream()
        .map(l -> new Para(List.of(Span.plain(l)), 0, null, 0, Para.Role.CODE, 0, 0)).toList();
    // the largest size at which every line fits the width (long lines wrap at the minimum)
    double size = fit.setup().minCodeSize();
    for (double s : FrameFitter.sizes(fit.setup().codeSize(), fit.setup().minCodeSize())) {
      List<Para> at = sized(base, s);
      boolean wide = at.stream().anyMatch(p -> fit.measurer().naturalWidth(p) > width * TextMeasurer.WIDTH_SLACK);
      if (!wide) {
        size = s;
        break;
      }
    }
    // all on one slide if some size down to the minimum allows it
    for (double s : FrameFitter.sizes(size, fit.setup().minCodeSize())) {
      if (fit.measurer().height(sized(base, s), width) <= height) {
        size = s;
        break;
      }
    }
    List<Para> sizedLines = sized(base, size);
    List<List<Para>> pages = new ArrayList<>();
    List<Para> page = new ArrayList<>();
    double used = 0;
    for (Para p : sizedLines) {
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
      TextFrame labelFrame = new TextFrame(label,
          labelText.isEmpty() ? List.of() : List.of(new Para(List.of(Span.plain(labelText)), 0, null, 0,
              Para.Role.MUTED, fit.setup().minCodeSize(), 0)), Anchor.BOTTOM);
      // the panel is as tall as its code, not the whole content area
      double need = fit.measurer().height(pages.get(i), width) + 2 * TextFrame.INSET_Y + 2;
      Box panel = box.withY(box.y(), Math.min(box.height(), need));
      TextFrame leadHere = i == 0 ? leadFrame : new TextFrame(leadFrame.box(), List.of(), Anchor.TOP);
      out.add(new CodeSlide(fit.pageTitle(title, i, pages.size()), leadHere, lang, labelFrame,
          new TextFrame(panel, pages.get(i), Anchor.TOP), notes, fit.page(title, i, pages.size())));
    }
    return out;
  }

  private static List<Para> sized(List<Para> lines, double size) {
    return lines.stream().map(p -> p.withSize(size, 0)).toList();
  }
}
