package dev.notedeck.render.deck;

import dev.notedeck.lang.Labels;
import static dev.notedeck.render.deck.FrameFitter.para;

import dev.notedeck.model.Event;
import dev.notedeck.model.Span;
import dev.notedeck.model.Speaker;
import dev.notedeck.model.Talk;
import dev.notedeck.render.deck.SlideSpec.AgendaSlide;
import dev.notedeck.render.deck.SlideSpec.ClosingSlide;
import dev.notedeck.render.deck.SlideSpec.TalkDividerSlide;
import dev.notedeck.render.deck.SlideSpec.TitleSlide;
import dev.notedeck.render.deck.TextFrame.Anchor;
import dev.notedeck.theme.SlideSetup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The slides that frame the notes: title, agenda, one divider per talk, and the closing slide. */
final class EventSlides {

  private static final String[] DATE_KEYS = {"일시", "날짜", "date", "when", "time"};
  private static final String[] PLACE_KEYS = {"장소", "place", "venue", "location", "where"};

  private final FrameFitter fit;
  private final BulletPaginator paginator;
  private final Labels labels;
  private final SlideSetup setup;
  private final SlideFrames frames;

  EventSlides(FrameFitter fit, BulletPaginator paginator, Labels labels) {
    this.fit = fit;
    this.paginator = paginator;
    this.labels = labels;
    this.setup = fit.setup();
    this.frames = fit.frames();
  }

  /** The title slide, repeated with the rest of the info table when it does not fit one. */
  List<SlideSpec> title(Event event) {
    List<Para> sub = new ArrayList<>();
    String notes = event.title() + "\n" + infoNotes(event);
    event.infoValue(DATE_KEYS).ifPresent(v -> sub.add(para(v, Para.Role.SUBTITLE)));
    event.infoValue(PLACE_KEYS).ifPresent(v -> sub.add(para(v, Para.Role.SUBTITLE)));
    if (sub.isEmpty()) {
      event.meta().get("date").ifPresent(v -> sub.add(para(v, Para.Role.SUBTITLE)));
    }
    // the other rows of the info table (sign-up link, hosts...) in smaller type, links clickable
    boolean dateDone = false;
    boolean placeDone = false;
    for (var e : event.info()) {
      String key = e.key().strip().toLowerCase(Locale.ROOT);
      boolean isDate = Arrays.asList(DATE_KEYS).contains(key);
      boolean isPlace = Arrays.asList(PLACE_KEYS).contains(key);
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
    TextFrame title = fit.fitTitle(event.title(), frames.coverTitle(), setup.titleSize() * 1.35, Anchor.BOTTOM);
    double subSize = Math.max(setup.minBodySize(), setup.bodySize());
    List<TextFrame> pages = paginator.paginate(sub, frames.coverSubtitle(), subSize, Anchor.TOP);
    List<SlideSpec> out = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      out.add(new TitleSlide(title, pages.get(i), notes, new SlideSpec.Page(event.title(), i + 1, pages.size())));
    }
    return out;
  }

  private static String infoNotes(Event event) {
    StringBuilder sb = new StringBuilder();
    event.info().forEach(e -> sb.append(e.key()).append(": ").append(SpeakerNotesText.text(e.value())).append('\n'));
    return sb.toString().strip();
  }

  /**
   * The talks in order, under their group ({@code Day 1}, {@code Track A}) when the notes have
   * groups. An agenda too long for one slide continues on further slides; with groups, whole
   * groups go together onto each slide as far as they fit, so a day is not cut in two.
   */
  List<SlideSpec> agenda(Event event) {
    List<List<Para>> groups = new ArrayList<>();
    StringBuilder notes = new StringBuilder();
    String group = null;
    List<Para> paras = new ArrayList<>();
    for (Talk t : event.talks()) {
      if (t.group() != null && !t.group().equals(group)) {
        group = t.group(); // "Day 1", "Track A" above the talks it groups (issue 13)
        if (!paras.isEmpty()) {
          groups.add(paras);
          paras = new ArrayList<>();
        }
        paras.add(new Para(List.of(Span.plain(group)), 0, null, 0, Para.Role.HEADING, 0, 0));
        notes.append(group).append('\n');
      }
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
    groups.add(paras);
    String text = notes.toString().strip();
    String title = labels.agenda();
    List<Para> all = groups.stream().flatMap(List::stream).toList();
    if (groups.size() == 1 || fitsOneSlide(title, all)) {
      return paginator.titled(title, all, (t, body, page) -> new AgendaSlide(t, body, text, page));
    }
    // whole groups onto each slide while they fit; a group too long alone continues by itself
    List<List<Para>> chunks = new ArrayList<>();
    List<Para> chunk = new ArrayList<>();
    for (List<Para> g : groups) {
      List<Para> both = new ArrayList<>(chunk);
      both.addAll(g);
      if (chunk.isEmpty() || fitsOneSlide(title, both)) {
        chunk = both;
      } else {
        chunks.add(chunk);
        chunk = new ArrayList<>(g);
      }
    }
    chunks.add(chunk);
    Box box = fit.bodyBelow(title);
    List<TextFrame> frames = new ArrayList<>();
    for (List<Para> c : chunks) {
      frames.addAll(paginator.paginate(c, box, setup.bodySize(), Anchor.TOP));
    }
    List<SlideSpec> out = new ArrayList<>();
    for (int i = 0; i < frames.size(); i++) {
      out.add(new AgendaSlide(fit.pageTitle(title, i, frames.size()), frames.get(i), text,
          fit.page(title, i, frames.size())));
    }
    return out;
  }

  private boolean fitsOneSlide(String title, List<Para> paras) {
    return paginator.paginate(paras, fit.bodyBelow(title), setup.bodySize(), Anchor.TOP).size() == 1;
  }

  private static int parseNumber(String num, int fallback) {
    try {
      return Integer.parseInt(num.replaceAll("[^0-9]", ""));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  SlideSpec closing(Event event) {
    TextFrame title = fit.fitTitle(labels.thanks(), frames.coverTitle(), setup.titleSize() * 1.35, Anchor.BOTTOM);
    List<Para> sub = new ArrayList<>();
    sub.add(para(event.title(), Para.Role.SUBTITLE));
    event.infoValue("일시", "날짜", "date").ifPresent(v -> sub.add(para(v, Para.Role.MUTED)));
    TextFrame subtitle = fit.fitFrame(sub, frames.coverSubtitle(), setup.bodySize(), Anchor.TOP);
    return new ClosingSlide(title, subtitle, event.title() + "\n" + infoNotes(event));
  }

  /** A talk's divider: its number above its title, then subtitle and speakers. */
  SlideSpec divider(Talk talk) {
    String num = talk.number() != null ? talk.number() : String.valueOf(talk.index());
    Box titleBox = frames.dividerTitle();
    TextFrame title = fit.fitTitle(talk.title(), titleBox, setup.titleSize() * 1.2, Anchor.BOTTOM);
    // the number sits right above the title's text (which is anchored to the bottom of its box)
    double textTop = title.box().bottom()
        - (fit.measurer().height(title.paras(), title.innerWidth()) + 2 * TextFrame.INSET_Y);
    double numberHeight = Math.min(Math.max(0, textTop - 2), setup.titleSize() * 1.6);
    Box numberBox = new Box(titleBox.x(), textTop - numberHeight, titleBox.width() / 3, numberHeight);
    String numberText = num.length() == 1 ? "0" + num : num;
    TextFrame number = fit.fitFrame(List.of(para(numberText, Para.Role.NUMBER)), numberBox,
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
    TextFrame bodyFrame = fit.fitFrame(body, bodyBox, setup.bodySize(), Anchor.TOP);
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
}
