package dev.notedeck.parse;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.notedeck.diagnostics.Finding;
import dev.notedeck.limits.LinkLines;
import dev.notedeck.model.Attributes;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.InfoEntry;
import dev.notedeck.model.Metadata;
import dev.notedeck.model.Part;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Section;
import dev.notedeck.model.Span;
import dev.notedeck.model.Speaker;
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
  /** Front matter {@code talks:} as a list of titles (normalised), else empty. */
  private List<String> talkTitles = List.of();
  private int talkLevel;

  EventAssembler(Document document, Path source, List<Finding> findings, LinkLines links) {
    this.document = document;
    this.source = source;
    this.findings = findings;
    this.blocks = new BlockConverter(document, links);
  }

  Event assemble() {
    RawNotesDivs.wrap(document);
    Map<String, String> frontMatter = frontMatter();
    List<Heading> headings = topLevelHeadings();
    Heading firstTitle = titleHeading(headings);
    Heading titleHeading = firstTitle;
    if (titleHeading != null && namesSpeaker(titleHeading)
        && headings.stream().filter(h -> h.getLevel() == 1 && namesSpeaker(h)).count() >= TalkLevel.MIN_EVIDENCE) {
      titleHeading = null; // "# 제목 - 김하늘" twice or more: talks at #, the title comes from elsewhere
    }
    talkTitles = frontMatterList("talks").size() > 1 || !isLevel(frontMatter.get("talks"))
        ? frontMatterList("talks").stream().map(NonTalkTitles::normalize).toList() : List.of();
    int partLevel = TalkLevel.decide(headings, titleHeading, forcedLevel(frontMatter, headings),
        this::namesSpeaker);

    // No heading names a speaker, but bold paragraphs or list items do: those are the talks,
    // and every heading above them groups them (or is an event section).
    Heading eventHeading = titleHeading;
    long headingTalks = headings.stream().filter(h -> h != eventHeading && namesSpeaker(h)).count();
    int inlineCount = InlineTalks.count(document, this::inlineText);
    boolean inlineTalks = inlineCount >= TalkLevel.MIN_EVIDENCE && inlineCount > headingTalks;
    List<Node> preamble = new ArrayList<>();
    List<PartBuilder> parts = new ArrayList<>();
    PartBuilder current = null;
    String group = null;
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node == titleHeading || node instanceof YamlFrontMatterBlock) {
        continue;
      }
      if (inlineTalks && InlineTalks.isTalk(node, this::inlineText)) {
        current = new PartBuilder(line(node), partLevel + 1, InlineTalks.title(node, this::inlineText), false, group);
        parts.add(current);
        continue;
      }
      if (inlineTalks && InlineTalks.isTalkList(node, this::inlineText)) {
        for (Node item = node.getFirstChild(); item != null; item = item.getNext()) {
          current = new PartBuilder(line(item), partLevel + 1, InlineTalks.title(item, this::inlineText), false, group);
          parts.add(current);
          for (Node child = item.getFirstChild() == null ? null : item.getFirstChild().getNext();
              child != null; child = child.getNext()) {
            current.add(child);
          }
        }
        continue;
      }
      if (node instanceof Heading h && h.getLevel() <= partLevel) {
        PandocAttributes.Split split = PandocAttributes.ofHeading(headingText(h));
        String text = split.text();
        boolean grouping = h.getLevel() < partLevel || inlineTalks
            || NonTalkTitles.isGroup(text) && TalkHeadingParser.parse(text).speakers().isEmpty();
        if (grouping) {
          // "Day 1", "2일차", "Track A" group the talks below; "마치며" closes the event
          group = NonTalkTitles.matches(text) ? null : text;
        }
        current = new PartBuilder(h, text, grouping, group);
        current.attributes = split.attributes();
        parts.add(current);
      } else if (current == null) {
        preamble.add(node);
      } else {
        current.add(node);
      }
    }
    this.talkLevel = inlineTalks ? 0 : partLevel;

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
      if (part != null) {
        built.add(part);
      }
    }

    for (BlockConverter.Notice n : blocks.notices()) {
      findings.add(Finding.warning(source, n.line(), "notes.fenced-div", n.message()));
    }
    if (blocks.flattenedAtLine() > 0) {
      findings.add(Finding.warning(source, blocks.flattenedAtLine(), "notes.nesting", "lists or quotes nested deeper than "
          + BlockConverter.MAX_DEPTH + " levels; the deeper levels are shown flat"));
    }
    String title = eventTitle(titleHeading, frontMatter);
    return new Event(title, new Metadata(source, frontMatter, talkLevel), info, intro, built);
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

  /** The front matter's {@code talks: 3} level, or the level of the first heading it lists by title. */
  private int forcedLevel(Map<String, String> frontMatter, List<Heading> headings) {
    String talks = frontMatter.get("talks");
    if (isLevel(talks)) {
      return Integer.parseInt(talks.strip());
    }
    for (Heading h : headings) {
      if (talkTitles.contains(NonTalkTitles.normalize(headingText(h)))) {
        return h.getLevel();
      }
    }
    return 0;
  }

  private static boolean isLevel(String value) {
    return value != null && value.strip().matches("[1-6]");
  }

  /** Whether a heading names a speaker, in itself or on a speaker line right under it. */
  private boolean namesSpeaker(Heading h) {
    if (!TalkHeadingParser.parse(headingText(h)).speakers().isEmpty()) {
      return true;
    }
    Node next = h.getNext();
    if (next instanceof com.vladsch.flexmark.ast.Paragraph p) {
      return SpeakerLine.parse(blocks.inline(p).plainText()) != null;
    }
    if (QuotedTalk.namesSpeaker(next, this::inlineText)) {
      return true; // "# Session 3" over ">제목" and ">>김하늘 (노트덱)"
    }
    return next instanceof Heading sub && sub.getLevel() > h.getLevel()
        && SpeakerLine.parse(headingText(sub)) != null;
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

  private String inlineText(Node node) {
    return blocks.inline(node).plainText().strip();
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
    frontMatterValues().forEach((k, v) -> {
      if (!v.isEmpty()) {
        out.put(k, v.get(0));
      }
    });
    return out;
  }

  /** Every value of a front matter key ({@code talks: [A, B]} or a block list). */
  private List<String> frontMatterList(String key) {
    return frontMatterValues().getOrDefault(key, List.of()).stream().filter(v -> !v.isEmpty()).toList();
  }

  private Map<String, List<String>> frontMatterValues() {
    for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof YamlFrontMatterBlock block) {
        String text = block.getChars().toString();
        // between the fences: "---" opens it, "---" or "..." closes it
        int start = text.indexOf('\n') + 1;
        int end = Math.max(text.lastIndexOf("\n---"), text.lastIndexOf("\n..."));
        return FrontMatter.read(end >= start ? text.substring(start, end) : "");
      }
    }
    return Map.of();
  }

  /** A {@code ##} part under construction: its heading, intro blocks and open sections. */
  private final class PartBuilder {
    private final int headingLine;
    private final int level;
    private final String text;
    private final boolean grouping; // a heading above the talks' level ("# Day 2"): never a talk
    private final String group;
    private Attributes attributes = Attributes.NONE; // the heading's {.class}, when it has one
    private final List<Block> intro = new ArrayList<>();
    private final List<SectionBuilder> sections = new ArrayList<>();
    private final Deque<SectionBuilder> open = new ArrayDeque<>();

    PartBuilder(Heading heading, String text, boolean grouping, String group) {
      this(line(heading), heading.getLevel(), text, grouping, group);
    }

    /** A talk written without a heading: a bold paragraph or a list item naming a speaker. */
    PartBuilder(int line, int level, String text, boolean grouping, String group) {
      this.headingLine = line;
      this.level = level;
      this.text = text;
      this.grouping = grouping;
      this.group = group;
    }

    void add(Node node) {
      if (node instanceof Heading h) {
        while (!open.isEmpty() && open.peek().level >= h.getLevel()) {
          open.pop();
        }
        PandocAttributes.Split split = PandocAttributes.ofHeading(headingText(h));
        SectionBuilder s = new SectionBuilder(split.text(), h.getLevel(), line(h), split.attributes());
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
      int line = headingLine;
      List<Section> built = sections.stream().map(SectionBuilder::build).toList();
      if (grouping) {
        // a group heading alone ("## Day 1") is shown with its talks; one with notes keeps them
        boolean empty = intro.isEmpty() && built.stream().allMatch(Section::isEmpty);
        return empty && group != null ? null : new Section(text, level, intro, built, line, attributes);
      }
      TalkHeadingParser.TalkHeading th = TalkHeadingParser.parse(text);
      if (th.speakers().isEmpty() && NonTalkTitles.matches(text)
          || !talkTitles.isEmpty() && !talkTitles.contains(NonTalkTitles.normalize(text))) {
        return new Section(text, level, intro, built, line, attributes);
      }
      List<Block> talkIntro = intro;
      List<Speaker> speakers = th.speakers();
      String title = th.title();
      String subtitle = th.subtitle();
      QuotedTalk.Read quoted = speakers.isEmpty() && !intro.isEmpty() && intro.get(0) instanceof Block.Quote q
          ? QuotedTalk.of(q) : null;
      if (quoted != null && (QuotedTalk.isSlot(title) || !quoted.speakers().isEmpty())) {
        // "# Session 3" over ">제목" and ">>김하늘": the quote names the talk; the slot is its subtitle
        speakers = quoted.speakers();
        talkIntro = intro.subList(1, intro.size());
        if (QuotedTalk.isSlot(title)) {
          subtitle = title;
          title = quoted.title();
        } else if (subtitle == null) {
          subtitle = quoted.title();
        }
      } else if (speakers.isEmpty() && !intro.isEmpty() && intro.get(0) instanceof Block.Quote q
          && QuotedTalk.teamSpeaker(q) != null) {
        // "> 플랫폼팀/김하늘님" under the heading
        speakers = List.of(QuotedTalk.teamSpeaker(q));
        if (QuotedTalk.onlySpeaker(q)) {
          talkIntro = intro.subList(1, intro.size());
        }
      } else if (speakers.isEmpty()) {
        // "발표자: 김하늘 (노트덱)" under the heading, or "### Speaker - 김하늘" below it
        if (!intro.isEmpty() && intro.get(0) instanceof Block.Paragraph p
            && SpeakerLine.parse(p.text().plainText()) != null) {
          speakers = SpeakerLine.parse(p.text().plainText());
          if (SpeakerLine.isWhole(p.text().plainText())) {
            talkIntro = intro.subList(1, intro.size());
          }
        } else if (intro.isEmpty() && !built.isEmpty() && SpeakerLine.parse(built.get(0).title()) != null) {
          speakers = SpeakerLine.parse(built.get(0).title());
          if (built.get(0).isEmpty()) {
            built = built.subList(1, built.size());
          }
        }
      }
      if (th.problem() != null) {
        findings.add(Finding.warning(source, line, "talk.no-speaker", th.problem()));
      }
      if (title.isBlank()) {
        findings.add(Finding.warning(source, line, "talk.no-title", "talk heading has no title"));
      }
      return new Talk(talkIndex, th.number(), title, subtitle, speakers, talkIntro, built, line,
          group, attributes);
    }
  }

  private static int line(Node node) {
    return node.getStartLineNumber() + 1;
  }

  private static final class SectionBuilder {
    final String title;
    final int level;
    final int line;
    final Attributes attributes;
    final List<Block> blocks = new ArrayList<>();
    final List<SectionBuilder> children = new ArrayList<>();

    SectionBuilder(String title, int level, int line, Attributes attributes) {
      this.title = title;
      this.level = level;
      this.line = line;
      this.attributes = attributes;
    }

    Section build() {
      return new Section(title, level, blocks, children.stream().map(SectionBuilder::build).toList(),
          line, attributes);
    }
  }
}
