package dev.notedeck.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.AbstractYamlFrontMatterVisitor;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.notedeck.diagnostics.Finding;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.InfoEntry;
import dev.notedeck.model.Metadata;
import dev.notedeck.model.Part;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Section;
import dev.notedeck.model.Span;
import dev.notedeck.model.Talk;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns the flexmark document into the event: title, info table and intro from what comes
 * before the first {@code ##}; then one part per {@code ##} (a talk, or an event-level section
 * such as 소개/마무리); {@code ###} and deeper headings nest as sections inside their part.
 */
final class EventAssembler {

  /** Header cells that label the columns of an info table rather than being a row of it. */
  private static final Set<String> COLUMN_LABELS = Set.of(
      "정보", "내용", "항목", "구분", "키", "값", "이름", "설명", "분류", "제목", "속성", "비고",
      "key", "value", "name", "field", "item", "info", "information", "description", "details",
      "property", "detail", "what", "");

  private final Document document;
  private final Path source;
  private final List<Finding> findings;
  private final BlockConverter blocks;

  EventAssembler(Document document, Path source, List<Finding> findings) {
    this.document = document;
    this.source = source;
    this.findings = findings;
    this.blocks = new BlockConverter(document);
  }

  Event assemble() {
    Map<String, String> frontMatter = frontMatter();
    List<Heading> headings = topLevelHeadings();
    Heading titleHeading = titleHeading(headings);
    int partLevel = partLevel(headings, titleHeading);

    List<Node> preamble = new ArrayList<>();
    List<PartBuilder> parts = new ArrayList<>();
    PartBuilder current = null;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node == titleHeading || node instanceof YamlFrontMatterBlock) {
        continue;
      }
      if (node instanceof Heading h && h.getLevel() <= partLevel) {
        current = new PartBuilder(h, headingText(h), h.getLevel() < partLevel);
        parts.add(current);
      } else if (current == null) {
        preamble.add(node);
      } else {
        current.add(node);
      }
    }

    List<InfoEntry> info = new ArrayList<>();
    List<Block> intro = new ArrayList<>();
    boolean infoOpen = true;
    for (Node node : preamble) {
      if (infoOpen && node instanceof TableBlock table) {
        Block.Table t = (Block.Table) convertOne(table);
        if (t != null && t.columns() >= 2) {
          info.addAll(infoEntries(t));
          continue;
        }
      }
      infoOpen = false;
      blocks.convert(node, intro);
    }

    List<Part> built = new ArrayList<>();
    int talkIndex = 0;
    for (PartBuilder p : parts) {
      Part part = p.build(talkIndex + 1);
      if (part instanceof Talk) {
        talkIndex++;
      }
      built.add(part);
    }

    if (blocks.flattenedAtLine() > 0) {
      findings.add(Finding.warning(source, blocks.flattenedAtLine(), "notes.nesting", "lists or quotes nested deeper than "
          + BlockConverter.MAX_DEPTH + " levels; the deeper levels are shown flat"));
    }
    String title = eventTitle(titleHeading, frontMatter);
    return new Event(title, new Metadata(source, frontMatter), info, intro, built);
  }

  private Block convertOne(Node node) {
    List<Block> out = new ArrayList<>(1);
    blocks.convert(node, out);
    return out.isEmpty() ? null : out.get(0);
  }

  private List<Heading> topLevelHeadings() {
    List<Heading> out = new ArrayList<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Heading h) {
        out.add(h);
      }
    }
    return out;
  }

  /** The first {@code #}, when it opens the document or is the only one. */
  private static Heading titleHeading(List<Heading> headings) {
    List<Heading> level1 = headings.stream().filter(h -> h.getLevel() == 1).toList();
    if (level1.isEmpty()) {
      return null;
    }
    Heading first = level1.get(0);
    return first == headings.get(0) || level1.size() == 1 ? first : null;
  }

  /** Talks are at {@code ##}; notes without any {@code ##} use their shallowest heading level. */
  private static int partLevel(List<Heading> headings, Heading titleHeading) {
    int min = Integer.MAX_VALUE;
    for (Heading h : headings) {
      if (h == titleHeading) {
        continue;
      }
      if (h.getLevel() == 2) {
        return 2;
      }
      min = Math.min(min, h.getLevel());
    }
    return min == Integer.MAX_VALUE ? 2 : min;
  }

  private String eventTitle(Heading titleHeading, Map<String, String> frontMatter) {
    if (titleHeading != null) {
      String t = headingText(titleHeading);
      if (!t.isBlank()) {
        return t;
      }
    }
    String fm = frontMatter.get("title");
    if (fm != null && !fm.isBlank()) {
      return fm.strip();
    }
    if (source != null && source.getFileName() != null) {
      String name = source.getFileName().toString();
      int dot = name.lastIndexOf('.');
      return dot > 0 ? name.substring(0, dot) : name;
    }
    return "Notes";
  }

  private String headingText(Heading h) {
    return blocks.inline(h).plainText().strip();
  }

  private static List<InfoEntry> infoEntries(Block.Table table) {
    List<InfoEntry> out = new ArrayList<>();
    List<RichText> header = table.header();
    if (!header.isEmpty() && !isColumnLabels(header)) {
      out.add(entry(header)); // "| 일시 | 2019.04.27. |" written as the first row
    }
    for (List<RichText> row : table.rows()) {
      if (row.stream().allMatch(RichText::isBlank)) {
        continue;
      }
      out.add(entry(row));
    }
    return out;
  }

  private static boolean isColumnLabels(List<RichText> header) {
    return header.stream()
        .allMatch(c -> COLUMN_LABELS.contains(c.plainText().strip().toLowerCase(Locale.ROOT)));
  }

  /** First cell is the key, the second the value; further non-empty cells follow the value. */
  private static InfoEntry entry(List<RichText> row) {
    List<Span> value = new ArrayList<>(row.get(1).spans());
    for (int i = 2; i < row.size(); i++) {
      if (!row.get(i).isBlank()) {
        value.add(Span.plain(" · "));
        value.addAll(row.get(i).spans());
      }
    }
    return new InfoEntry(row.get(0).plainText().strip(), new RichText(value));
  }

  private Map<String, String> frontMatter() {
    Map<String, String> out = new LinkedHashMap<>();
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof YamlFrontMatterBlock block) {
        AbstractYamlFrontMatterVisitor visitor = new AbstractYamlFrontMatterVisitor();
        visitor.visit(block);
        visitor.getData().forEach((k, v) -> {
          if (!v.isEmpty()) {
            out.put(k.strip(), unquote(v.get(0).strip()));
          }
        });
      }
    }
    return out;
  }

  private static String unquote(String s) {
    if (s.length() >= 2 && ((s.startsWith("\"") && s.endsWith("\"")) || (s.startsWith("'") && s.endsWith("'")))) {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  /** A {@code ##} part under construction: its heading, intro blocks and open sections. */
  private final class PartBuilder {
    private final Heading heading;
    private final String text;
    private final boolean grouping; // a heading above the talks' level ("# Day 2"): never a talk
    private final List<Block> intro = new ArrayList<>();
    private final List<SectionBuilder> sections = new ArrayList<>();
    private final Deque<SectionBuilder> open = new ArrayDeque<>();

    PartBuilder(Heading heading, String text, boolean grouping) {
      this.heading = heading;
      this.text = text;
      this.grouping = grouping;
    }

    void add(Node node) {
      if (node instanceof Heading h) {
        while (!open.isEmpty() && open.peek().level >= h.getLevel()) {
          open.pop();
        }
        SectionBuilder s = new SectionBuilder(headingText(h), h.getLevel(), line(h));
        if (open.isEmpty()) {
          sections.add(s);
        } else {
          open.peek().children.add(s);
        }
        open.push(s);
      } else {
        blocks.convert(node, open.isEmpty() ? intro : open.peek().blocks);
      }
    }

    Part build(int talkIndex) {
      int line = line(heading);
      List<Section> built = sections.stream().map(SectionBuilder::build).toList();
      if (grouping) {
        return new Section(text, heading.getLevel(), intro, built, line);
      }
      TalkHeadingParser.TalkHeading th = TalkHeadingParser.parse(text);
      if (th.speakers().isEmpty() && NonTalkTitles.matches(text)) {
        return new Section(text, heading.getLevel(), intro, built, line);
      }
      if (th.problem() != null) {
        findings.add(Finding.warning(source, line, "talk.no-speaker", th.problem()));
      }
      if (th.title().isBlank()) {
        findings.add(Finding.warning(source, line, "talk.no-title", "talk heading has no title"));
      }
      return new Talk(talkIndex, th.number(), th.title(), th.subtitle(), th.speakers(), intro, built, line);
    }
  }

  private static int line(Node node) {
    return node.getStartLineNumber() + 1;
  }

  private static final class SectionBuilder {
    final String title;
    final int level;
    final int line;
    final List<Block> blocks = new ArrayList<>();
    final List<SectionBuilder> children = new ArrayList<>();

    SectionBuilder(String title, int level, int line) {
      this.title = title;
      this.level = level;
      this.line = line;
    }

    Section build() {
      return new Section(title, level, blocks, children.stream().map(SectionBuilder::build).toList(), line);
    }
  }
}
