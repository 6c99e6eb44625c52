package dev.notedeck.limits;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.NotedeckException;
import dev.notedeck.model.Block;
import dev.notedeck.model.BlockTree;
import dev.notedeck.model.Event;
import dev.notedeck.model.ListItem;
import dev.notedeck.model.Part;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Section;
import dev.notedeck.model.Span;
import dev.notedeck.model.Talk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Limits on the parsed notes that keep both outputs usable and the build fast, applied
 * between parsing and rendering. What a person would expect from absurd input:
 *
 * <ul>
 *   <li>More than {@link #MAX_PARTS} talks and sections: refused (one notes file is one event;
 *       a deck of thousands of slides is not a recap).
 *   <li>A title longer than {@link #MAX_TITLE} characters: cut, with a warning.
 *   <li>A paragraph, list item or cell longer than {@link #MAX_TEXT} characters, or a code block
 *       longer than {@link #MAX_CODE_LINES} lines: cut, with a warning.
 *   <li>Link targets other than web, mail and in-document addresses (javascript:, data:,
 *       file:, or no valid URI at all): the text stays, the link goes, with a warning.
 *   <li>Lists and quotes nested deeper than {@link #MAX_DEPTH}: the deeper levels are lifted
 *       to the deepest allowed level, with a warning (pages and slides have no room for more
 *       indentation).
 * </ul>
 * Each kind of warning is given once per part, naming the part's line.
 */
public final class ModelLimits {

  public static final int MAX_PARTS = 1000;
  public static final int MAX_TITLE = 300;
  public static final int MAX_TEXT = 20_000;
  public static final int MAX_CODE_LINES = 1000;
  public static final int MAX_DEPTH = 12;
  /** Longest link target kept as a link: what browsers and servers accept in practice. */
  public static final int MAX_URL = 2048;
  /**
   * Links one notes file keeps clickable. Each costs the PDF a tagged annotation, a link note and
   * a QR code: twenty thousand filled a 768 MB heap. Past this the text stays, without the link.
   */
  public static final int MAX_LINKS = 2000;

  private final Path file;
  private final Diagnostics diagnostics;
  private final LinkLines links;
  private int line;
  private int linkCount;
  private final java.util.Set<String> warned = new java.util.HashSet<>();

  private ModelLimits(Path file, Diagnostics diagnostics, LinkLines links) {
    this.file = file;
    this.diagnostics = diagnostics;
    this.links = links;
  }

  /** {@code event} within the limits; throws NotedeckException when it is far outside. */
  public static Event apply(Event event, Path file, Diagnostics diagnostics) {
    return apply(event, file, diagnostics, new LinkLines());
  }

  /** ... naming each link's own line ({@code links}, from the parser) in warnings about it. */
  public static Event apply(Event event, Path file, Diagnostics diagnostics, LinkLines links) {
    if (event.parts().size() > MAX_PARTS) {
      Part first = event.parts().get(MAX_PARTS);
      throw new NotedeckException(file, first.line(), event.parts().size() + " talks and sections "
          + "are more than one handout and deck hold (limit " + MAX_PARTS + "); "
          + "split the notes into one file per event");
    }
    return new ModelLimits(file, diagnostics, links).event(event);
  }

  private Event event(Event e) {
    line = 0;
    List<Part> parts = new ArrayList<>();
    String title = title(e.title());
    List<Block> intro = blocks(e.intro(), 0);
    for (Part p : e.parts()) {
      line = p.line();
      parts.add(p instanceof Talk t ? talk(t) : section((Section) p));
    }
    var info = e.info().stream().map(i -> new dev.notedeck.model.InfoEntry(i.key(), text(i.value()))).toList();
    return new Event(title, e.meta(), info, intro, parts);
  }

  private Talk talk(Talk t) {
    return new Talk(t.index(), t.number(), title(t.title()), title(t.subtitle()), t.speakers(),
        blocks(t.intro(), 0), t.sections().stream().map(this::section).toList(), t.line(), t.group(),
        t.attributes());
  }

  private Section section(Section s) {
    int saved = line;
    if (s.line() > 0) {
      line = s.line();
    }
    Section out = new Section(title(s.title()), s.level(), blocks(s.blocks(), 0),
        s.subsections().stream().map(this::section).toList(), s.line(), s.attributes());
    line = saved;
    return out;
  }

  private List<Block> blocks(List<Block> blocks, int depth) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      out.addAll(block(b, depth));
    }
    return out;
  }

  /** One block, or (when nested too deep) its content lifted to this level. */
  private List<Block> block(Block b, int depth) {
    // past the limit, a block that nests others gives way to their content, lifted to this
    // level (its meaning kept only down to there: every step after this walks the model
    // recursively); a list keeps its items' text as paragraphs
    if (depth >= MAX_DEPTH && !(b instanceof Block.ListBlock)) {
      List<List<Block>> inner = BlockTree.children(b);
      if (!inner.isEmpty()) {
        return tooDeep(inner.stream().flatMap(k -> blocks(k, depth).stream()).toList());
      }
    }
    if (b instanceof Block.Paragraph p) {
      return List.of(new Block.Paragraph(text(p.text())));
    }
    if (b instanceof Block.Heading h) {
      return List.of(new Block.Heading(h.level(), text(h.text())));
    }
    if (b instanceof Block.Code c) {
      return List.of(code(c));
    }
    if (b instanceof Block.Quote q) {
      return List.of(new Block.Quote(blocks(q.blocks(), depth + 1)));
    }
    if (b instanceof Block.ListBlock l) {
      return depth >= MAX_DEPTH
          ? tooDeep(flatten(l, depth))
          : List.of(new Block.ListBlock(l.ordered(), l.start(), items(l.items(), depth + 1)));
    }
    if (b instanceof Block.Table t) {
      return List.of(new Block.Table(t.header().stream().map(this::text).toList(),
          t.rows().stream().map(r -> r.stream().map(this::text).toList()).toList(), t.aligns()));
    }
    if (b instanceof Block.Notes n) {
      return List.of(new Block.Notes(blocks(n.blocks(), depth + 1), n.line()));
    }
    if (b instanceof Block.Columns c) {
      return List.of(new Block.Columns(c.columns().stream().map(col -> blocks(col, depth + 1)).toList(), c.line()));
    }
    if (b instanceof Block.Only o) {
      return List.of(new Block.Only(o.audience(), blocks(o.blocks(), depth + 1)));
    }
    if (b instanceof Block.Container c) {
      return List.of(new Block.Container(c.attributes(), blocks(c.blocks(), depth + 1)));
    }
    if (b instanceof Block.Callout c) {
      return List.of(new Block.Callout(c.kind(), c.title(), blocks(c.blocks(), depth + 1), c.line()));
    }
    if (b instanceof Block.Image i) {
      return List.of(new Block.Image(i.src(), caption(i.alt(), i.line()), caption(i.title(), i.line()), i.line()));
    }
    return List.of(b); // Rule: nothing to limit
  }

  /** An image's alt text or title: a caption, as short as a title (its src is shown shortened). */
  private String caption(String text, int at) {
    if (text == null || text.length() <= MAX_TITLE) {
      return text;
    }
    warnOnce("notes.caption-length", "", at, "image text of " + text.length() + " characters cut to " + MAX_TITLE);
    return cut(text, MAX_TITLE);
  }

  private List<ListItem> items(List<ListItem> items, int depth) {
    return items.stream().map(i -> new ListItem(text(i.text()), blocks(i.children(), depth), i.task())).toList();
  }

  private List<Block> flatten(Block.ListBlock l, int depth) {
    List<Block> out = new ArrayList<>();
    for (ListItem item : l.items()) {
      if (!item.text().isBlank()) {
        out.add(new Block.Paragraph(text(item.text())));
      }
      out.addAll(blocks(item.children(), depth));
    }
    return out;
  }

  private List<Block> tooDeep(List<Block> lifted) {
    warnOnce("notes.nesting", "lists or quotes nested more than " + MAX_DEPTH + " levels deep are shown at level " + MAX_DEPTH);
    return lifted;
  }

  private Block.Code code(Block.Code c) {
    String code = c.code();
    int lines = 0;
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) == '\n' && ++lines >= MAX_CODE_LINES) {
        warnOnce("notes.code-length", "code block of more than " + MAX_CODE_LINES + " lines cut after line " + MAX_CODE_LINES);
        return new Block.Code(c.language(), code.substring(0, i + 1) + "…\n");
      }
    }
    if (code.length() > MAX_TEXT * 5) {
      warnOnce("notes.code-length", "code block of " + code.length() + " characters cut");
      return new Block.Code(c.language(), cut(code, MAX_TEXT * 5));
    }
    return c;
  }

  private String title(String title) {
    if (title == null || title.length() <= MAX_TITLE) {
      return title;
    }
    warnOnce("notes.title-length", "title of " + title.length() + " characters cut to " + MAX_TITLE);
    return cut(title, MAX_TITLE);
  }

  private RichText text(RichText text) {
    if (text == null) {
      return null;
    }
    text = links(text);
    int total = 0;
    for (Span s : text.spans()) {
      total += s.text().length();
    }
    if (total <= MAX_TEXT) {
      return text;
    }
    warnOnce("notes.text-length", "text of " + total + " characters cut to " + MAX_TEXT);
    List<Span> kept = new ArrayList<>();
    int left = MAX_TEXT;
    for (Span s : text.spans()) {
      if (left <= 0) {
        break;
      }
      String t = s.text().length() <= left ? s.text() : cut(s.text(), left);
      kept.add(new Span(t, s.styles(), s.href()));
      left -= s.text().length();
    }
    return new RichText(kept);
  }

  /** Link targets that must not be clickable (javascript:, data:, file:, broken) become text. */
  private RichText links(RichText text) {
    boolean changed = false;
    List<Span> spans = new ArrayList<>(text.spans().size());
    for (Span s : text.spans()) {
      if (s.href() == null) {
        spans.add(s);
        continue;
      }
      if (s.href().length() > MAX_URL) {
        // layout and PDF link annotations cost grows with the target; no real link is this long
        changed = true;
        warnOnce("link-length", "", links.lineOf(s.href(), line), "link target of " + s.href().length() + " characters is over the "
            + "limit of " + MAX_URL + "; the text is kept without the link");
        spans.add(new Span(s.text(), s.styles(), null));
        continue;
      }
      if (++linkCount > MAX_LINKS) {
        changed = true;
        warnOnce("link.too-many", "", links.lineOf(s.href(), line), "more than " + MAX_LINKS + " links in one "
            + "notes file; from here on their text is kept without the link (split the notes)");
        spans.add(new Span(s.text(), s.styles(), null));
        continue;
      }
      String safe = LinkTargets.safe(s.href()).orElse(null);
      if (!s.href().equals(safe)) {
        changed = true;
        if (safe == null && !s.href().isBlank()) {
          warnOnce("link.unsafe", s.href(), links.lineOf(s.href(), line), "link target '" + shown(s.href()) + "' is not a web, mail "
              + "or in-document address" + typo(s.href()) + "; the text is kept without the link");
        }
      }
      spans.add(new Span(s.text(), s.styles(), safe));
    }
    return changed ? new RichText(spans) : text;
  }

  /** " (a typo for https:?)" for htts:, htp:, ttps: and the like. */
  private static String typo(String href) {
    int colon = href.indexOf(':');
    String scheme = colon > 0 ? href.substring(0, colon).toLowerCase(java.util.Locale.ROOT) : "";
    if (scheme.length() >= 3 && scheme.length() <= 6 && !scheme.equals("http") && !scheme.equals("https")
        && href.startsWith("//", colon + 1)) {
      return " (a typo for " + (scheme.contains("s") ? "https" : "http") + ":?)";
    }
    return "";
  }

  private static String shown(String s) {
    String one = s.replaceAll("\\p{Cntrl}", "?");
    return one.length() > 60 ? one.substring(0, 60) + "…" : one;
  }

  /** The first {@code max} characters (not splitting a surrogate pair), then an ellipsis. */
  private static String cut(String s, int max) {
    int end = max;
    if (end > 0 && Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "…";
  }

  private void warnOnce(String code, String message) {
    warnOnce(code, "", line, message);
  }

  /** Once per code (and {@code key}, such as a link target) per part, naming {@code at}. */
  private void warnOnce(String code, String key, int at, String message) {
    if (warned.add(code + ":" + key + "@" + line)) {
      diagnostics.warn(file, at, code, message);
    }
  }
}
