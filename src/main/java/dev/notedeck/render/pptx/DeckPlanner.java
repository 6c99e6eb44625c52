package dev.notedeck.render.pptx;

import dev.notedeck.Diagnostics;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.ListItem;
import dev.notedeck.model.Part;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Section;
import dev.notedeck.model.Span;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import dev.notedeck.render.pptx.SlideSpec.AgendaSlide;
import dev.notedeck.render.pptx.SlideSpec.BulletSlide;
import dev.notedeck.render.pptx.SlideSpec.ClosingSlide;
import dev.notedeck.render.pptx.SlideSpec.CodeSlide;
import dev.notedeck.render.pptx.SlideSpec.ImageSlide;
import dev.notedeck.render.pptx.SlideSpec.QuoteSlide;
import dev.notedeck.render.pptx.SlideSpec.TableSlide;
import dev.notedeck.render.pptx.SlideSpec.TableSpec;
import dev.notedeck.render.pptx.SlideSpec.TakeawaysSlide;
import dev.notedeck.render.pptx.SlideSpec.TalkDividerSlide;
import dev.notedeck.render.pptx.SlideSpec.TitleSlide;
import dev.notedeck.render.pptx.TextFrame.Anchor;
import dev.notedeck.theme.SlideSetup;
import dev.notedeck.resource.LoadedImage;
import java.util.Optional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Model + theme -> {@link Deck}, without POI. Every text frame is measured with the theme's fonts:
 * text first tightens down to the theme's minimum size, then continues on further slides titled
 * {@code … (2/3)}. Nothing is dropped or truncated; speaker notes carry the original text.
 */
public final class DeckPlanner {

  private static final Pattern TAKEAWAY =
      Pattern.compile("^\\s*(정리|결론|느낀\\s*점|요약|takeaways?|conclusions?|summary|tl;?dr)\\b?\\s*[:：\\-]?.*",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern TAKEAWAY_SECTION =
      Pattern.compile(".*(정리|결론|느낀\\s*점|요약|takeaway|conclusion|summary).*", Pattern.CASE_INSENSITIVE);
  private static final String[] BULLETS = {"•", "–", "◦"};
  /** Suffix used when reserving title room before the page count is known. */
  private static final String WIDEST_SUFFIX = " (88/88)";
  private static final double GAP = 10;

  private final SlideSetup setup;
  private final SlideFrames frames;
  private final TextMeasurer measurer;
  private final ImageSource images;
  private final Diagnostics diagnostics;
  private Labels labels = Labels.forLanguage(true);

  public DeckPlanner(SlideSetup setup, SlideFrames frames, TextMeasurer measurer, ImageSource images,
      Diagnostics diagnostics) {
    this.setup = setup;
    this.frames = frames;
    this.measurer = measurer;
    this.images = images;
    this.diagnostics = diagnostics;
  }

  public TextMeasurer measurer() {
    return measurer;
  }

  public Deck plan(Event event) {
    labels = Labels.forLanguage(isKorean(event));
    List<SlideSpec> slides = new ArrayList<>();
    slides.addAll(titleSlides(event));
    if (!event.intro().isEmpty()) {
      section(event.title(), event.intro(), List.of(), slides, null);
    }
    if (!event.talks().isEmpty()) {
      slides.addAll(agenda(event));
    }
    for (Part part : event.parts()) {
      if (part instanceof Talk talk) {
        talk(talk, slides);
      } else if (part instanceof Section s) {
        section(s.title(), s.blocks(), s.subsections(), slides, null);
      }
    }
    slides.add(closing(event));
    String author = String.join(", ", event.talks().stream()
        .flatMap(t -> t.speakers().stream()).map(Speaker::name).distinct().toList());
    author = event.meta().get("author").orElse(author);
    String subject = String.join(" · ", event.talks().stream().map(Talk::title).toList());
    String footer = event.title();
    return new Deck(new Deck.Info(event.title(), author, subject, labels.language(), footer), frames, slides);
  }

  // ---------------------------------------------------------------- title, agenda, closing

  private List<SlideSpec> titleSlides(Event event) {
    List<Para> sub = new ArrayList<>();
    String notes = event.title() + "\n" + infoNotes(event);
    String[] dateKeys = {"일시", "날짜", "date", "when", "time"};
    String[] placeKeys = {"장소", "place", "venue", "location", "where"};
    event.infoValue(dateKeys).ifPresent(v -> sub.add(para(v, Para.Role.SUBTITLE)));
    event.infoValue(placeKeys).ifPresent(v -> sub.add(para(v, Para.Role.SUBTITLE)));
    if (sub.isEmpty()) {
      event.meta().get("date").ifPresent(v -> sub.add(para(v, Para.Role.SUBTITLE)));
    }
    // the other rows of the info table (sign-up link, hosts...) in smaller type, links clickable
    boolean dateDone = false;
    boolean placeDone = false;
    for (var e : event.info()) {
      String key = e.key().strip().toLowerCase(java.util.Locale.ROOT);
      boolean isDate = java.util.Arrays.asList(dateKeys).contains(key);
      boolean isPlace = java.util.Arrays.asList(placeKeys).contains(key);
      if ((isDate && !dateDone) || (isPlace && !placeDone)) {
        dateDone |= isDate;
        placeDone |= isPlace;
        continue;
      }
      List<Span> spans = new ArrayList<>();
      spans.add(new Span(e.key().strip() + "  ", Set.of(Span.Style.BOLD), null));
      spans.addAll(e.value().spans());
      sub.add(new Para(spans, 0, null, 0, Para.Role.MUTED, 0, 0));
    }
    TextFrame title = fitTitle(event.title(), frames.coverTitle(), setup.titleSize() * 1.35, Anchor.BOTTOM);
    double subSize = Math.max(setup.minBodySize(), setup.bodySize());
    List<TextFrame> pages = paginate(sub, frames.coverSubtitle(), subSize, Anchor.TOP);
    List<SlideSpec> out = new ArrayList<>();
    for (TextFrame page : pages) {
      out.add(new TitleSlide(title, page, notes));
    }
    return out;
  }

  private static String infoNotes(Event event) {
    StringBuilder sb = new StringBuilder();
    event.info().forEach(e -> sb.append(e.key()).append(": ").append(NotesText.text(e.value())).append('\n'));
    return sb.toString().strip();
  }

  private List<SlideSpec> agenda(Event event) {
    List<Para> paras = new ArrayList<>();
    StringBuilder notes = new StringBuilder();
    for (Talk t : event.talks()) {
      String num = t.number() != null ? t.number() : String.valueOf(t.index());
      paras.add(new Para(List.of(Span.plain(t.title())), 0, null, parseNumber(num, t.index()),
          Para.Role.BODY, 0, 0));
      List<String> details = new ArrayList<>();
      if (t.subtitle() != null && !t.subtitle().isBlank()) {
        details.add(t.subtitle());
      }
      if (!t.speakerLine().isBlank()) {
        details.add(t.speakerLine());
      }
      for (String d : details) {
        paras.add(new Para(List.of(Span.plain(d)), 1, null, 0, Para.Role.MUTED, 0, 0));
      }
      notes.append(num).append(". ").append(t.title());
      details.forEach(d -> notes.append(" — ").append(d));
      notes.append('\n');
    }
    return titled(labels.agenda(), paras, frames.body(),
        (title, body) -> new AgendaSlide(title, body, notes.toString().strip()));
  }

  private static int parseNumber(String num, int fallback) {
    try {
      return Integer.parseInt(num.replaceAll("[^0-9]", ""));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private SlideSpec closing(Event event) {
    TextFrame title = fitTitle(labels.thanks(), frames.coverTitle(), setup.titleSize() * 1.35, Anchor.BOTTOM);
    List<Para> sub = new ArrayList<>();
    sub.add(para(event.title(), Para.Role.SUBTITLE));
    event.infoValue("일시", "날짜", "date").ifPresent(v -> sub.add(para(v, Para.Role.MUTED)));
    TextFrame subtitle = fitFrame(sub, frames.coverSubtitle(), setup.bodySize(), Anchor.TOP);
    return new ClosingSlide(title, subtitle, event.title() + "\n" + infoNotes(event));
  }

  // ---------------------------------------------------------------- talks

  private void talk(Talk talk, List<SlideSpec> slides) {
    slides.add(divider(talk));
    Takeaways takeaways = new Takeaways();
    if (!talk.intro().isEmpty()) {
      section(talk.title(), talk.intro(), List.of(), slides, takeaways);
    }
    for (Section s : talk.sections()) {
      section(s.title(), s.blocks(), s.subsections(), slides, takeaways);
    }
    if (!takeaways.paras.isEmpty()) {
      String notes = String.join("\n", takeaways.notes);
      slides.addAll(titled(labels.takeaways() + " — " + talk.title(), takeaways.paras, frames.body(),
          (title, body) -> new TakeawaysSlide(title, body, notes)));
    }
  }

  private SlideSpec divider(Talk talk) {
    String num = talk.number() != null ? talk.number() : String.valueOf(talk.index());
    Box titleBox = frames.dividerTitle();
    TextFrame title = fitTitle(talk.title(), titleBox, setup.titleSize() * 1.2, Anchor.BOTTOM);
    // the number sits right above the title's text (which is anchored to the bottom of its box)
    double textTop = title.box().bottom()
        - (measurer.height(title.paras(), title.innerWidth()) + 2 * TextFrame.INSET_Y);
    double numberHeight = Math.min(Math.max(0, textTop - 2), setup.titleSize() * 1.6);
    Box numberBox = new Box(titleBox.x(), textTop - numberHeight, titleBox.width() / 3, numberHeight);
    String numberText = num.length() == 1 ? "0" + num : num;
    TextFrame number = fitFrame(List.of(para(numberText, Para.Role.NUMBER)), numberBox,
        setup.titleSize() * 1.2, Anchor.BOTTOM);
    List<Para> body = new ArrayList<>();
    if (talk.subtitle() != null && !talk.subtitle().isBlank()) {
      body.add(para(talk.subtitle(), Para.Role.SUBTITLE));
    }
    for (Speaker s : talk.speakers()) {
      List<Span> spans = new ArrayList<>();
      spans.add(new Span(s.name(), Set.of(Span.Style.BOLD), null));
      if (s.affiliation() != null && !s.affiliation().isBlank()) {
        spans.add(Span.plain("  ·  " + s.affiliation()));
      }
      body.add(new Para(spans, 0, null, 0, Para.Role.BODY, 0, 0));
    }
    Box bodyBox = grownToFooter(frames.dividerBody());
    TextFrame bodyFrame = fitFrame(body, bodyBox, setup.bodySize(), Anchor.TOP);
    StringBuilder notes = new StringBuilder(num + ". " + talk.title());
    if (talk.subtitle() != null) {
      notes.append(" (").append(talk.subtitle()).append(')');
    }
    if (!talk.speakerLine().isBlank()) {
      notes.append(" — ").append(talk.speakerLine());
    }
    return new TalkDividerSlide(number, title, bodyFrame, notes.toString());
  }

  /** The box extended down to the bottom of the content area when text does not fit otherwise. */
  private Box grownToFooter(Box box) {
    double bottom = Math.max(box.bottom(), frames.body().bottom());
    return box.withY(box.y(), bottom - box.y());
  }

  // ---------------------------------------------------------------- sections

  /** Slides for one section: its text, code, tables, images and quotes in order, then subsections. */
  private void section(String title, List<Block> blocks, List<Section> subsections, List<SlideSpec> slides,
      Takeaways takeaways) {
    boolean takeawaySection = takeaways != null && TAKEAWAY_SECTION.matcher(title).matches();
    List<Block> flow = new ArrayList<>();
    int before = slides.size();
    for (Block b : blocks) {
      if (takeaways != null) {
        takeaways.collect(b, takeawaySection);
      }
      if (b instanceof Block.Code || b instanceof Block.Table || b instanceof Block.Image || b instanceof Block.Rule) {
        flush(title, flow, slides);
        if (b instanceof Block.Code c) {
          slides.addAll(code(title, c));
        } else if (b instanceof Block.Table t) {
          slides.addAll(table(title, t));
        } else if (b instanceof Block.Image i) {
          slides.add(image(title, i));
        }
      } else {
        flow.add(b);
      }
    }
    flush(title, flow, slides);
    if (slides.size() == before && subsections.isEmpty()) {
      // a heading with nothing under it still gets its slide, so its title is not lost
      slides.addAll(titled(title, List.of(), frames.body(), (t, body) -> new BulletSlide(t, body, title)));
    }
    // a heading with only subsections shows in their titles, so it is not lost
    String prefix = blocks.isEmpty() ? title + " — " : "";
    for (Section sub : subsections) {
      section(prefix + sub.title(), sub.blocks(), sub.subsections(), slides, takeaways);
    }
  }

  private void flush(String title, List<Block> flow, List<SlideSpec> slides) {
    if (flow.isEmpty()) {
      return;
    }
    List<Block> blocks = List.copyOf(flow);
    flow.clear();
    if (blocks.stream().allMatch(b -> b instanceof Block.Quote)) {
      slides.addAll(quote(title, blocks));
      return;
    }
    List<Para> paras = new ArrayList<>();
    List<Integer> sources = new ArrayList<>();
    for (int i = 0; i < blocks.size(); i++) {
      int before = paras.size();
      toParas(blocks.get(i), 0, paras);
      for (int k = before; k < paras.size(); k++) {
        sources.add(i);
      }
    }
    slides.addAll(titledWithSources(title, paras, sources, blocks, frames.body()));
  }

  // ---------------------------------------------------------------- blocks -> paragraphs

  private void toParas(Block block, int level, List<Para> out) {
    if (block instanceof Block.Paragraph p) {
      for (List<Span> line : splitLines(p.text().spans())) {
        out.add(new Para(line, level, null, 0, Para.Role.BODY, 0, 0));
      }
    } else if (block instanceof Block.Heading h) {
      out.add(new Para(h.text().spans(), level, null, 0, Para.Role.HEADING, 0, 0));
    } else if (block instanceof Block.ListBlock l) {
      int n = l.start();
      for (ListItem item : l.items()) {
        List<Span> text = new ArrayList<>(item.text().spans());
        if (item.task() != null) {
          text.add(0, Span.plain(item.task() ? "[x] " : "[ ] "));
        }
        List<List<Span>> lines = splitLines(text);
        String bullet = l.ordered() ? null : BULLETS[Math.min(level, BULLETS.length - 1)];
        Para first = new Para(lines.get(0), level, bullet, l.ordered() ? n : 0, Para.Role.BODY, 0, 0);
        out.add(first);
        for (List<Span> more : lines.subList(1, lines.size())) {
          out.add(first.continuation(more));
        }
        n++;
        for (Block child : item.children()) {
          toParas(child, level + 1, out);
        }
      }
    } else if (block instanceof Block.Quote q) {
      List<Para> inner = new ArrayList<>();
      for (Block b : q.blocks()) {
        toParas(b, level, inner);
      }
      for (Para p : inner) {
        out.add(new Para(p.spans(), p.level(), p.bullet(), p.number(), Para.Role.QUOTE, 0, 0));
      }
    } else if (block instanceof Block.Code c) {
      for (String line : codeLines(c)) {
        out.add(new Para(List.of(Span.plain(line)), level, null, 0, Para.Role.CODE, 0, 0));
      }
    } else if (block instanceof Block.Table t) {
      if (!t.header().isEmpty()) {
        out.add(new Para(joinCells(t.header()), level, null, 0, Para.Role.HEADING, 0, 0));
      }
      for (List<RichText> row : t.rows()) {
        out.add(new Para(joinCells(row), level, null, 0, Para.Role.BODY, 0, 0));
      }
    } else if (block instanceof Block.Image i) {
      out.add(new Para(List.of(Span.plain("[" + (i.alt().isBlank() ? i.src() : i.alt()) + "] " + i.src())),
          level, null, 0, Para.Role.MUTED, 0, 0));
    }
  }

  private static List<Span> joinCells(List<RichText> cells) {
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        spans.add(Span.plain(" | "));
      }
      spans.addAll(cells.get(i).spans());
    }
    return spans;
  }

  /** Splits spans at line breaks, dropping leading/trailing blank space of each line. */
  static List<List<Span>> splitLines(List<Span> spans) {
    List<List<Span>> lines = new ArrayList<>();
    List<Span> current = new ArrayList<>();
    for (Span s : spans) {
      String[] parts = s.text().split("\n", -1);
      for (int i = 0; i < parts.length; i++) {
        if (i > 0) {
          lines.add(current);
          current = new ArrayList<>();
        }
        if (!parts[i].isEmpty()) {
          current.add(new Span(parts[i], s.styles(), s.href()));
        }
      }
    }
    lines.add(current);
    List<List<Span>> out = new ArrayList<>();
    for (List<Span> line : lines) {
      List<Span> trimmed = trim(line);
      if (!trimmed.isEmpty()) {
        out.add(trimmed);
      }
    }
    if (out.isEmpty()) {
      out.add(List.of());
    }
    return out;
  }

  private static List<Span> trim(List<Span> line) {
    List<Span> out = new ArrayList<>(line);
    while (!out.isEmpty() && out.get(0).text().isBlank()) {
      out.remove(0);
    }
    while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
      out.remove(out.size() - 1);
    }
    if (out.isEmpty()) {
      return out;
    }
    Span first = out.get(0);
    out.set(0, new Span(first.text().stripLeading(), first.styles(), first.href()));
    Span last = out.get(out.size() - 1);
    out.set(out.size() - 1, new Span(last.text().stripTrailing(), last.styles(), last.href()));
    return out;
  }

  private static List<String> codeLines(Block.Code c) {
    String code = c.code().replace("\t", "    ");
    while (code.endsWith("\n")) {
      code = code.substring(0, code.length() - 1);
    }
    return List.of(code.split("\n", -1));
  }

  // ---------------------------------------------------------------- sizing

  /** The size of a paragraph when the frame's base size is {@code base}. */
  private Para sized(Para p, double base) {
    double min = p.role() == Para.Role.CODE ? setup.minCodeSize() : setup.minBodySize();
    double size = base;
    if (p.role() == Para.Role.CODE) {
      size = Math.max(min, Math.min(setup.codeSize(), base * 0.85));
    } else if (p.level() > 0) {
      size = Math.max(min, Math.round(base * 0.88 * 2) / 2.0);
    }
    if (p.role() == Para.Role.MUTED || p.role() == Para.Role.QUOTE_SOURCE) {
      size = Math.max(min, Math.round(base * 0.8 * 2) / 2.0);
    }
    double before = p.level() == 0 ? size * 0.45 : size * 0.2;
    if (p.role() == Para.Role.CODE) {
      before = 0;
    }
    return p.withSize(size, before);
  }

  private List<Para> sized(List<Para> paras, double base) {
    return paras.stream().map(p -> sized(p, base)).toList();
  }

  private static Para para(String text, Para.Role role) {
    return new Para(List.of(Span.plain(text)), 0, null, 0, role, 0, 0);
  }

  /** Steps from {@code max} down to {@code min}: whole points, then the minimum itself. */
  private static List<Double> sizes(double max, double min) {
    List<Double> out = new ArrayList<>();
    for (double s = max; s > min + 1e-6; s -= 1) {
      out.add(s);
    }
    out.add(min);
    return out;
  }

  /** The largest size (down to the minimum) at which the paragraphs fit the box; else the minimum. */
  private TextFrame fitFrame(List<Para> paras, Box box, double maxSize, Anchor anchor) {
    double min = Math.min(maxSize, setup.minBodySize());
    TextFrame last = null;
    for (double s : sizes(maxSize, min)) {
      last = new TextFrame(box, sized(paras, s), anchor);
      if (measurer.fits(last)) {
        return last;
      }
    }
    // still too tall at the minimum: give the box the room the text needs (never cut text)
    double need = measurer.height(last.paras(), last.innerWidth()) + 2 * TextFrame.INSET_Y;
    double top = Math.max(0, Math.min(box.y(), frames.slideHeight() - need));
    return new TextFrame(box.withY(top, Math.min(need, frames.slideHeight() - top)), last.paras(), anchor);
  }

  /** A title frame: tightened down to the smallest title size, growing the box downwards last. */
  private TextFrame fitTitle(String text, Box box, double size, Anchor anchor) {
    double min = Math.max(setup.minBodySize(), setup.titleSize() * 0.6);
    Para p = new Para(List.of(Span.plain(text)), 0, null, 0, Para.Role.TITLE, size, 0);
    TextFrame last = null;
    for (double s : sizes(size, Math.min(min, size))) {
      last = new TextFrame(box, List.of(p.withSize(s, 0)), anchor);
      if (measurer.fits(last)) {
        return last;
      }
    }
    double need = measurer.height(last.paras(), last.innerWidth()) + 2 * TextFrame.INSET_Y;
    return new TextFrame(box.withY(box.y(), need), last.paras(), anchor);
  }

  // ---------------------------------------------------------------- pagination

  private <S extends SlideSpec> List<S> titled(String title, List<Para> paras, Box body,
      java.util.function.BiFunction<TextFrame, TextFrame, S> make) {
    Box bodyBox = bodyBelow(title, body);
    List<TextFrame> pages = paginate(paras, bodyBox, setup.bodySize(), Anchor.TOP);
    List<S> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      out.add(make.apply(pageTitle(title, i, pages.size()), pages.get(i)));
    }
    return out;
  }

  /** Bullet slides whose notes hold the original text of every block shown on each slide. */
  private List<SlideSpec> titledWithSources(String title, List<Para> paras, List<Integer> sources,
      List<Block> blocks, Box body) {
    Box bodyBox = bodyBelow(title, body);
    List<Page> pages = paginatePieces(paras, sources, bodyBox, setup.bodySize(), Anchor.TOP);
    List<SlideSpec> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      List<Block> shown = pages.get(i).sources().stream().map(blocks::get).toList();
      out.add(new BulletSlide(pageTitle(title, i, pages.size()), pages.get(i).frame(), NotesText.of(shown)));
    }
    return out;
  }

  private Box bodyBelow(String title, Box body) {
    TextFrame t = fitTitle(title + WIDEST_SUFFIX, frames.title(), setup.titleSize(), Anchor.MIDDLE);
    double top = Math.max(body.y(), t.box().bottom() + GAP);
    return body.withY(top, body.bottom() - top);
  }

  private TextFrame pageTitle(String title, int index, int count) {
    String text = count > 1 ? title + " (" + (index + 1) + "/" + count + ")" : title;
    return fitTitle(text, frames.title(), setup.titleSize(), Anchor.MIDDLE);
  }

  /** A paragraph on its way to a page: which source block it came from, whether it was split. */
  private record Piece(Para para, int source, boolean split) {}

  /** One page of paragraphs and the source blocks shown on it, in order. */
  private record Page(TextFrame frame, List<Integer> sources) {}

  List<TextFrame> paginate(List<Para> paras, Box box, double maxSize, Anchor anchor) {
    List<Integer> none = paras.stream().map(p -> 0).toList();
    return paginatePieces(paras, none, box, maxSize, anchor).stream().map(Page::frame).toList();
  }

  /**
   * Lays paragraphs out on as many frames as needed: one frame at the largest size that fits, or
   * else frames at {@code maxSize} broken between top-level items where possible.
   */
  private List<Page> paginatePieces(List<Para> paras, List<Integer> sources, Box box, double maxSize,
      Anchor anchor) {
    double width = box.width() - 2 * TextFrame.INSET_X;
    double height = box.height() - 2 * TextFrame.INSET_Y;
    if (paras.isEmpty()) {
      return List.of(new Page(new TextFrame(box, List.of(), anchor), List.of()));
    }
    for (double s : sizes(maxSize, Math.min(maxSize, setup.minBodySize()))) {
      List<Para> at = sized(paras, s);
      if (measurer.height(at, width) <= height) {
        return List.of(new Page(new TextFrame(box, at, anchor), sources.stream().distinct().toList()));
      }
    }
    List<Para> sizedParas = sized(paras, maxSize);
    List<Piece> queue = new ArrayList<>();
    for (int k = 0; k < sizedParas.size(); k++) {
      queue.add(new Piece(sizedParas.get(k), sources.get(k), false));
    }
    List<Page> pages = new ArrayList<>();
    int i = 0;
    while (i < queue.size()) {
      double used = 0;
      int end = i;
      while (end < queue.size()) {
        double h = measurer.height(queue.get(end).para(), width);
        if (used + h > height) {
          break;
        }
        used += h;
        end++;
      }
      if (end == i) {
        // a single paragraph taller than the whole box: split it between wrapped lines
        Piece big = queue.get(i);
        Para[] parts = splitPara(big.para(), width, height);
        queue.set(i, new Piece(parts[0], big.source(), big.split()));
        queue.add(i + 1, new Piece(parts[1], big.source(), true));
        end = i + 1;
      } else if (end < queue.size()) {
        end = bestBreak(queue, i, end, width, height);
      }
      List<Piece> on = queue.subList(i, end);
      pages.add(new Page(new TextFrame(box, on.stream().map(Piece::para).toList(), anchor),
          on.stream().map(Piece::source).distinct().toList()));
      i = end;
    }
    return pages;
  }

  /** Where to end a page that fits {@code [start, fitEnd)}: before a top-level item, not orphaning. */
  private int bestBreak(List<Piece> q, int start, int fitEnd, double width, double height) {
    double[] heightUpTo = new double[fitEnd - start + 1];
    for (int k = start; k < fitEnd; k++) {
      heightUpTo[k - start + 1] = heightUpTo[k - start] + measurer.height(q.get(k).para(), width);
    }
    int best = -1;
    int bestCost = Integer.MAX_VALUE;
    for (int k = fitEnd; k > start; k--) {
      if (heightUpTo[k - start] < height * 0.4) {
        break;
      }
      int cost = breakCost(q, k);
      if (cost < bestCost) {
        bestCost = cost;
        best = k;
      }
      if (cost == 0) {
        break;
      }
    }
    return best < 0 ? fitEnd : best;
  }

  /** Cost of starting a new page at {@code k}: 0 before a top-level item, more inside a group. */
  private static int breakCost(List<Piece> q, int k) {
    Para next = q.get(k).para();
    Para prev = q.get(k - 1).para();
    int cost = next.level() * 2;
    if (q.get(k).split()) {
      cost += 10;
    }
    if (!next.hasMarker() && next.level() > 0) {
      cost += 1; // continuation text of an item
    }
    if (prev.role() == Para.Role.HEADING || prev.plainText().endsWith(":")) {
      cost += 3; // keep a lead-in with what it introduces
    }
    return cost;
  }

  /** Splits a paragraph after as many wrapped lines as fit {@code height}. */
  private Para[] splitPara(Para p, double width, double height) {
    List<TextMeasurer.Line> lines = measurer.lines(p, width);
    double used = p.spaceBefore();
    int fit = 0;
    for (TextMeasurer.Line l : lines) {
      if (used + l.height() > height) {
        break;
      }
      used += l.height();
      fit++;
    }
    fit = Math.max(1, Math.min(fit, lines.size() - 1));
    int cut = lines.get(fit).start();
    List<Span> head = slice(p.spans(), 0, cut);
    List<Span> tail = trim(slice(p.spans(), cut, p.plainText().length()));
    Para rest = p.continuation(tail);
    return new Para[] {p.withSpans(trim(head)), rest};
  }

  static List<Span> slice(List<Span> spans, int from, int to) {
    List<Span> out = new ArrayList<>();
    int pos = 0;
    for (Span s : spans) {
      int end = pos + s.text().length();
      int a = Math.max(from, pos);
      int b = Math.min(to, end);
      if (a < b) {
        out.add(new Span(s.text().substring(a - pos, b - pos), s.styles(), s.href()));
      }
      pos = end;
    }
    return out;
  }

  // ---------------------------------------------------------------- quotes, code, tables, images

  private List<SlideSpec> quote(String title, List<Block> quotes) {
    List<Para> paras = new ArrayList<>();
    for (Block q : quotes) {
      toParas(q, 0, paras);
    }
    Box bodyBox = bodyBelow(title, frames.body());
    double max = setup.bodySize() * 1.25;
    List<TextFrame> pages = paginate(paras, bodyBox, max, Anchor.MIDDLE);
    String notes = NotesText.of(quotes);
    List<SlideSpec> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      out.add(new QuoteSlide(pageTitle(title, i, pages.size()), pages.get(i), notes));
    }
    return out;
  }

  private List<SlideSpec> code(String title, Block.Code code) {
    List<String> lines = codeLines(code);
    Box area = bodyBelow(title, frames.body());
    double labelHeight = setup.minCodeSize() * TextMeasurer.MIN_LINE_EM + 2 * TextFrame.INSET_Y + 1;
    Box label = new Box(area.x(), area.y(), area.width(), labelHeight);
    Box box = area.withY(area.y() + labelHeight, area.height() - labelHeight);
    double width = box.width() - 2 * TextFrame.INSET_X;
    double height = box.height() - 2 * TextFrame.INSET_Y;
    List<Para> base = lines.stream()
        .map(l -> new Para(List.of(Span.plain(l)), 0, null, 0, Para.Role.CODE, 0, 0)).toList();
    // the largest size at which every line fits the width (long lines wrap at the minimum)
    double size = setup.minCodeSize();
    for (double s : sizes(setup.codeSize(), setup.minCodeSize())) {
      List<Para> at = codeSized(base, s);
      boolean wide = at.stream().anyMatch(p -> measurer.naturalWidth(p) > width * TextMeasurer.WIDTH_SLACK);
      if (!wide) {
        size = s;
        break;
      }
    }
    // all on one slide if some size down to the minimum allows it
    for (double s : sizes(size, setup.minCodeSize())) {
      if (measurer.height(codeSized(base, s), width) <= height) {
        size = s;
        break;
      }
    }
    List<Para> sizedLines = codeSized(base, size);
    List<List<Para>> pages = new ArrayList<>();
    List<Para> page = new ArrayList<>();
    double used = 0;
    for (Para p : sizedLines) {
      double h = measurer.height(p, width);
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
    String notes = NotesText.of(code);
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
              Para.Role.MUTED, setup.minCodeSize(), 0)), Anchor.BOTTOM);
      // the panel is as tall as its code, not the whole content area
      double need = measurer.height(pages.get(i), width) + 2 * TextFrame.INSET_Y + 2;
      Box panel = box.withY(box.y(), Math.min(box.height(), need));
      out.add(new CodeSlide(pageTitle(title, i, pages.size()), lang, labelFrame,
          new TextFrame(panel, pages.get(i), Anchor.TOP), notes));
    }
    return out;
  }

  private List<Para> codeSized(List<Para> lines, double size) {
    return lines.stream().map(p -> p.withSize(size, 0)).toList();
  }

  /** Cell padding the writer sets on table cells, in points. */
  static final double CELL_PAD_X = 6;
  static final double CELL_PAD_Y = 3;

  private List<SlideSpec> table(String title, Block.Table t) {
    Box area = bodyBelow(title, frames.body());
    int cols = Math.max(1, t.columns());
    List<List<Para>> rows = new ArrayList<>();
    boolean header = !t.header().isEmpty();
    if (header) {
      rows.add(cells(t.header(), cols, Para.Role.HEADING));
    }
    for (List<RichText> r : t.rows()) {
      rows.add(cells(r, cols, Para.Role.BODY));
    }
    double max = Math.max(setup.minBodySize(), setup.bodySize() - 4);
    Layout layout = null;
    for (double s : sizes(max, setup.minBodySize())) {
      layout = tableLayout(rows, cols, area, s);
      if (layout.total <= area.height()) {
        break;
      }
    }
    if (layout.total > area.height()) {
      layout = tableLayout(rows, cols, area, max);
    }
    // pages of rows; the header row repeats on each page
    List<List<Integer>> pages = new ArrayList<>();
    int firstBody = header ? 1 : 0;
    double headerH = header ? layout.heights.get(0) : 0;
    List<Integer> page = new ArrayList<>();
    double used = headerH;
    for (int r = firstBody; r < rows.size(); r++) {
      double h = layout.heights.get(r);
      if (used + h > area.height() && !page.isEmpty()) {
        pages.add(page);
        page = new ArrayList<>();
        used = headerH;
      }
      page.add(r);
      used += h;
    }
    pages.add(page);
    List<SlideSpec> out = new ArrayList<>();
    String notes = NotesText.of(t);
    for (int i = 0; i < pages.size(); i++) {
      List<List<Para>> pageRows = new ArrayList<>();
      List<Double> heights = new ArrayList<>();
      if (header) {
        pageRows.add(layout.rows.get(0));
        heights.add(layout.heights.get(0));
      }
      for (int r : pages.get(i)) {
        pageRows.add(layout.rows.get(r));
        heights.add(layout.heights.get(r));
      }
      double total = heights.stream().mapToDouble(Double::doubleValue).sum();
      Box box = new Box(area.x(), area.y(), layout.widths.stream().mapToDouble(Double::doubleValue).sum(), total);
      List<Block.Align> aligns = new ArrayList<>(t.aligns());
      while (aligns.size() < cols) {
        aligns.add(Block.Align.DEFAULT);
      }
      out.add(new TableSlide(pageTitle(title, i, pages.size()),
          new TableSpec(box, layout.widths, heights, pageRows, header, aligns), notes));
    }
    return out;
  }

  private static List<Para> cells(List<RichText> row, int cols, Para.Role role) {
    List<Para> out = new ArrayList<>();
    for (int c = 0; c < cols; c++) {
      RichText cell = c < row.size() ? row.get(c) : RichText.of("");
      out.add(new Para(cell.spans(), 0, null, 0, role, 0, 0));
    }
    return out;
  }

  private record Layout(List<List<Para>> rows, List<Double> widths, List<Double> heights, double total) {}

  private Layout tableLayout(List<List<Para>> rows, int cols, Box area, double size) {
    List<List<Para>> sizedRows = rows.stream()
        .map(r -> r.stream().map(p -> p.withSize(size, 0)).toList()).toList();
    double[] natural = new double[cols];
    for (List<Para> r : sizedRows) {
      for (int c = 0; c < cols; c++) {
        natural[c] = Math.max(natural[c], measurer.naturalWidth(r.get(c)) / TextMeasurer.WIDTH_SLACK
            + 2 * CELL_PAD_X + 2);
      }
    }
    double[] widths = columnWidths(natural, area.width(), size);
    List<Double> heights = new ArrayList<>();
    double total = 0;
    for (List<Para> r : sizedRows) {
      double h = 0;
      for (int c = 0; c < cols; c++) {
        h = Math.max(h, measurer.height(r.get(c), widths[c] - 2 * CELL_PAD_X));
      }
      h += 2 * CELL_PAD_Y;
      heights.add(h);
      total += h;
    }
    List<Double> w = new ArrayList<>();
    for (double d : widths) {
      w.add(d);
    }
    return new Layout(sizedRows, w, heights, total);
  }

  /** Natural widths when they fit; else each column gets a fair share and wide ones share the rest. */
  private static double[] columnWidths(double[] natural, double available, double size) {
    int n = natural.length;
    double sum = 0;
    for (double d : natural) {
      sum += d;
    }
    double[] out = new double[n];
    if (sum <= available) {
      // stretch to the full width, proportionally
      for (int i = 0; i < n; i++) {
        out[i] = natural[i] * available / sum;
      }
      return out;
    }
    double fair = available / n;
    double fixed = 0;
    double flexible = 0;
    for (int i = 0; i < n; i++) {
      if (natural[i] <= fair) {
        out[i] = natural[i];
        fixed += natural[i];
      } else {
        flexible += natural[i];
      }
    }
    double rest = available - fixed;
    for (int i = 0; i < n; i++) {
      if (natural[i] > fair) {
        out[i] = Math.max(size * 2 + 2 * CELL_PAD_X, rest * natural[i] / flexible);
      }
    }
    return out;
  }

  private SlideSpec image(String title, Block.Image img) {
    Box area = bodyBelow(title, frames.body());
    String captionText = img.title() != null && !img.title().isBlank() ? img.title()
        : img.alt() == null ? "" : img.alt();
    String notes = NotesText.of(img);
    String src = img.src() == null ? "" : img.src().strip();
    Optional<LoadedImage> loaded = images.find(src, img.line());
    if (loaded.isPresent() && !loaded.get().format().raster()) {
      diagnostics.warn("image " + src + (img.line() > 0 ? " (line " + img.line() + ")" : "") + " is "
          + loaded.get().format().name() + ", which slides cannot show; the slide shows a placeholder "
          + "(convert it to PNG)");
      loaded = Optional.empty();
    }
    if (loaded.isEmpty() || loaded.get().width() <= 0 || loaded.get().height() <= 0) {
      List<Para> caption = new ArrayList<>();
      caption.add(para(labels.missingImage() + ": " + src, Para.Role.MUTED));
      if (!captionText.isBlank()) {
        caption.add(para(captionText, Para.Role.BODY));
      }
      Box box = new Box(area.x() + area.width() * 0.15, area.y() + area.height() * 0.2,
          area.width() * 0.7, area.height() * 0.6);
      TextFrame frame = fitFrame(caption, box, setup.bodySize(), Anchor.MIDDLE);
      return new ImageSlide(pageTitle(title, 0, 1), null, frame.box(), frame, notes);
    }
    LoadedImage image = loaded.get();
    TextFrame cap;
    Box pictureArea = area;
    if (!captionText.isBlank()) {
      List<Para> c = List.of(para(captionText, Para.Role.MUTED));
      double capSize = setup.minBodySize();
      List<Para> sizedCap = c.stream().map(p -> p.withSize(capSize, 0)).toList();
      double capH = measurer.height(sizedCap, area.width() - 2 * TextFrame.INSET_X) + 2 * TextFrame.INSET_Y;
      capH = Math.min(capH, area.height() / 3);
      Box capBox = new Box(area.x(), area.bottom() - capH, area.width(), capH);
      cap = fitFrame(c, capBox, capSize, Anchor.TOP);
      pictureArea = area.withY(area.y(), area.height() - capH - 4);
    } else {
      cap = new TextFrame(new Box(area.x(), area.bottom(), area.width(), 0), List.of(), Anchor.TOP);
    }
    double scale = Math.min(pictureArea.width() / image.width(), pictureArea.height() / image.height());
    double w = image.width() * scale;
    double h = image.height() * scale;
    Box box = new Box(pictureArea.x() + (pictureArea.width() - w) / 2,
        pictureArea.y() + (pictureArea.height() - h) / 2, w, h);
    return new ImageSlide(pageTitle(title, 0, 1), image, box, cap, notes);
  }

  /** Where the planner gets the pictures the notes refer to (the render context's resource policy). */
  @FunctionalInterface
  public interface ImageSource {
    /** The image, or empty after the source has warned why not. */
    Optional<LoadedImage> find(String src, int line);

    static ImageSource none() {
      return (src, line) -> Optional.empty();
    }
  }

  // ---------------------------------------------------------------- helpers

  private static boolean isKorean(Event event) {
    StringBuilder sb = new StringBuilder(event.title());
    event.parts().forEach(p -> sb.append(p.title()));
    return DeckFonts.hasHangul(sb.toString());
  }

  /** Collects a talk's conclusions: quotes, lines like {@code **정리**:}, and conclusion sections. */
  private final class Takeaways {
    final List<Para> paras = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final Set<String> seen = new LinkedHashSet<>();

    void collect(Block b, boolean wholeBlock) {
      if (b instanceof Block.Quote q) {
        add(q, q.blocks());
        return;
      }
      if (wholeBlock && !(b instanceof Block.Image) && !(b instanceof Block.Rule)) {
        add(b, List.of(b));
        return;
      }
      if (b instanceof Block.Paragraph p) {
        for (List<Span> line : splitLines(p.text().spans())) {
          String text = plain(line);
          if (TAKEAWAY.matcher(text).matches()) {
            addLine(line);
          }
        }
      } else if (b instanceof Block.ListBlock l) {
        for (ListItem item : l.items()) {
          String text = item.text().plainText().strip();
          if (TAKEAWAY.matcher(text).matches()) {
            if (text.replaceAll("[\\s:：*]", "").length() <= 4 && !item.children().isEmpty()) {
              add(new Block.ListBlock(false, 1, List.of(item)), item.children());
            } else {
              addLine(item.text().spans());
            }
          }
          for (Block child : item.children()) {
            collect(child, false);
          }
        }
      }
    }

    private void addLine(List<Span> line) {
      String key = plain(line).strip();
      if (seen.add(key)) {
        paras.add(new Para(trim(line), 0, BULLETS[0], 0, Para.Role.BODY, 0, 0));
        notes.add(NotesText.text(line));
      }
    }

    private void add(Block source, List<Block> inner) {
      String key = NotesText.of(inner).strip();
      if (key.isEmpty() || !seen.add(key)) {
        return;
      }
      List<Para> ps = new ArrayList<>();
      for (Block b : inner) {
        toParas(b, 0, ps);
      }
      boolean first = true;
      for (Para p : ps) {
        if (p.level() == 0 && first && !p.hasMarker() && p.role() != Para.Role.CODE) {
          paras.add(new Para(p.spans(), 0, BULLETS[0], 0, Para.Role.BODY, 0, 0));
        } else if (p.level() == 0 && !p.hasMarker() && p.role() != Para.Role.CODE) {
          paras.add(new Para(p.spans(), 1, null, 0, Para.Role.BODY, 0, 0));
        } else {
          paras.add(new Para(p.spans(), p.level() + 1, p.bullet(), p.number(), Para.Role.BODY, 0, 0));
        }
        first = false;
      }
      notes.add(NotesText.of(source));
    }

    private String plain(List<Span> spans) {
      StringBuilder sb = new StringBuilder();
      spans.forEach(s -> sb.append(s.text()));
      return sb.toString();
    }
  }
}
