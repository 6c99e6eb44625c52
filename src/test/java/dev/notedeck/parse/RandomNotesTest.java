package dev.notedeck.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.notedeck.NotedeckException;
import dev.notedeck.model.Block;
import dev.notedeck.model.Event;
import dev.notedeck.model.ListItem;
import dev.notedeck.model.Part;
import dev.notedeck.model.RichText;
import dev.notedeck.model.Section;
import dev.notedeck.model.Span;
import dev.notedeck.model.Talk;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Thousands of random documents built from the pieces notes are made of (headings of every
 * shape, lists, quotes, tables, code, HTML, odd Unicode): each parses or fails with a
 * NotedeckException, and the model it gives keeps its promises.
 */
class RandomNotesTest {

  private static final String[] WORDS = {
      "발표", "김하늘", "박서준", "(회사)", "( 스푼라디오 )", "-", "–", "|", "—", "1.", "2)", "(3)",
      "Kotlin", "e-mail", "Wrap-up", "소개", "마무리", "**굵게**", "*기울임*", "`코드`", "~~취소~~",
      "[링크](https://a.example)", "https://b.example", "![그림](x.png)", "<b>", "</b>", "<script>",
      "</script>", "&amp;", "&#0;", "\\*", "[", "]", "(", ")", "#", "##", "😀", "漢字", "かな", "가",
      "\u0007", "\uD800", "\uDC00", "\u00A0", "  ", "\t", "[ ]", "[x]", ":", "이용운", "Jake Wharton"};

  private static final String[] LINE_STARTS = {
      "", "", "", "# ", "## ", "### ", "#### ", "##### ", "###### ", " ## ", "* ", "- ", "1. ",
      "  * ", "    - ", "> ", "> > ", ">", "| ", "```", "```sql", "    ", "---", "===", "<div>",
      "</div>", "<!-- ", "-->", "---\ntitle: ", "- [ ] ", "3) "};

  @Test
  void randomNotesParseOrFailCleanly() {
    Random random = new Random(20240501);
    NotesParser parser = new NotesParser();
    for (int doc = 0; doc < 1500; doc++) {
      String md = document(random);
      ParseResult result;
      try {
        result = parser.parseWithFindings(md, Path.of("random-" + doc + ".md"));
      } catch (NotedeckException e) {
        assertThat(e.getMessage()).startsWith("random-" + doc + ".md").doesNotContain("\n");
        continue;
      } catch (RuntimeException | StackOverflowError e) {
        fail("document " + doc + " threw " + e + " for:\n" + md, e);
        return;
      }
      checkModel(result.event(), md.split("\r\n|\r|\n", -1).length);
    }
  }

  private static String document(Random random) {
    StringBuilder sb = new StringBuilder();
    int lines = 1 + random.nextInt(40);
    String eol = random.nextInt(10) == 0 ? "\r\n" : random.nextInt(20) == 0 ? "\r" : "\n";
    for (int l = 0; l < lines; l++) {
      sb.append(LINE_STARTS[random.nextInt(LINE_STARTS.length)]);
      int words = random.nextInt(8);
      for (int w = 0; w < words; w++) {
        if (w > 0 && random.nextBoolean()) {
          sb.append(' ');
        }
        sb.append(random.nextInt(6) == 0 ? randomChar(random) : WORDS[random.nextInt(WORDS.length)]);
      }
      sb.append(eol);
      if (random.nextInt(4) == 0) {
        sb.append(eol);
      }
    }
    return sb.toString();
  }

  private static String randomChar(Random random) {
    int cp = random.nextInt(4) == 0 ? 0x20 + random.nextInt(0x60) : random.nextInt(0x2FFFF);
    return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "?";
  }

  private static void checkModel(Event e, int lineCount) {
    assertThat(e.title()).isNotNull();
    List<Talk> talks = e.talks();
    for (int i = 0; i < talks.size(); i++) {
      Talk t = talks.get(i);
      assertThat(t.index()).isEqualTo(i + 1);
      assertThat(t.title()).isNotNull();
      assertThat(t.speakers()).allSatisfy(s -> assertThat(s.name()).isNotBlank());
    }
    Deque<Block> blocks = new ArrayDeque<>(e.intro());
    e.info().forEach(i -> checkText(i.value()));
    for (Part p : e.parts()) {
      assertThat(p.line()).isBetween(1, lineCount);
      if (p instanceof Talk t) {
        blocks.addAll(t.intro());
        t.sections().forEach(s -> addSection(s, blocks, lineCount));
      } else {
        addSection((Section) p, blocks, lineCount);
      }
    }
    while (!blocks.isEmpty()) {
      Block b = blocks.pop();
      if (b instanceof Block.Paragraph p) {
        checkText(p.text());
      } else if (b instanceof Block.Heading h) {
        checkText(h.text());
      } else if (b instanceof Block.ListBlock l) {
        for (ListItem item : l.items()) {
          checkText(item.text());
          blocks.addAll(item.children());
        }
      } else if (b instanceof Block.Quote q) {
        blocks.addAll(q.blocks());
      } else if (b instanceof Block.Table t) {
        assertThat(t.header().isEmpty() || t.header().size() == t.columns()).isTrue();
        assertThat(t.rows()).allSatisfy(r -> assertThat(r).hasSize(t.columns()));
      } else if (b instanceof Block.Image img) {
        assertThat(img.line()).isBetween(1, lineCount);
      } else if (b instanceof Block.Code c) {
        assertThat(c.code()).doesNotContain("\r");
      }
    }
  }

  private static void addSection(Section s, Deque<Block> blocks, int lineCount) {
    assertThat(s.line()).isBetween(1, lineCount);
    blocks.addAll(s.blocks());
    s.subsections().forEach(c -> {
      assertThat(c.level()).isGreaterThan(s.level());
      addSection(c, blocks, lineCount);
    });
  }

  private static void checkText(RichText text) {
    for (Span s : text.spans()) {
      assertThat(s.text()).isNotEmpty().doesNotContain("\r");
      for (int i = 0; i < s.text().length(); i++) {
        char c = s.text().charAt(i);
        assertThat(c < 0x20 && c != '\n' && c != '\t').as("control character in %s", s.text()).isFalse();
        if (Character.isHighSurrogate(c)) {
          assertThat(i + 1 < s.text().length() && Character.isLowSurrogate(s.text().charAt(i + 1)))
              .as("lone surrogate").isTrue();
          i++;
        } else {
          assertThat(Character.isLowSurrogate(c)).as("lone surrogate").isFalse();
        }
      }
    }
  }
}
