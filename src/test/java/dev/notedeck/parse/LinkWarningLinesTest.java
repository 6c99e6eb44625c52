package dev.notedeck.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Finding;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: a warning about a link names the link's own line, not its section heading's, in
 * every place a link can stand (paragraphs, list items, tables, quotes, reference links, autolinks,
 * raw HTML embeds).
 */
class LinkWarningLinesTest {

  private final NotesReader reader = new NotesReader();

  @Test
  void eachLinkWarningNamesTheLinesOfItsLink() {
    String notes = """
        # 행사

        ## 1. 보안 이야기 - 김하늘 ( 회사 )

        ### 링크 모음

        첫 문단은 링크가 없습니다.

        * 목록 안의 [나쁜 링크](javascript:alert(1))
        * 평범한 항목

        > 인용 속 [파일](file:///etc/passwd)

        | 이름 | 주소 |
        | --- | --- |
        | 표 | [데이터](data:text/html,hi) |

        참조 링크 [여기][bad] 입니다.

        [bad]: vbscript:msgbox
        """;
    List<Finding> findings = reader.read(notes, Path.of("links.md")).findings().stream()
        .filter(f -> f.code().equals("link.unsafe")).toList();

    assertThat(findings).extracting(Finding::line).containsExactly(9, 12, 16, 18);
    assertThat(findings.get(0).message()).contains("javascript:");
    assertThat(findings.get(1).message()).contains("file:");
  }

  @Test
  void aTooLongLinkIsNamedAtItsLine() {
    String notes = "# 행사\n\n## 발표 - 김하늘\n\n### 섹션\n\n문단\n\n긴 [링크](https://example.com/"
        + "a".repeat(5000) + ")\n";
    List<Finding> findings = reader.read(notes, Path.of("long.md")).findings().stream()
        .filter(f -> f.code().equals("link-length")).toList();
    assertThat(findings).singleElement().extracting(Finding::line).isEqualTo(9);
  }

  /** Property: wherever a bad link lands among random lines, its warning names that line. */
  @Test
  void aBadLinkAnywhereIsNamedAtItsLine() {
    Random random = new Random(18);
    for (int round = 0; round < 200; round++) {
      StringBuilder notes = new StringBuilder("# 행사\n\n## 발표 - 김하늘\n\n### 섹션\n\n");
      int line = 7;
      int paragraphs = random.nextInt(30);
      for (int i = 0; i < paragraphs; i++) {
        notes.append(random.nextBoolean() ? "* 항목 " + i + "\n" : "문단 [좋은 링크](https://example.com/" + i + ")\n\n");
        line += notes.charAt(notes.length() - 2) == '\n' ? 2 : 1;
      }
      String target = "javascript:x" + round;
      notes.append("끝에 [나쁜](").append(target).append(") 링크\n");
      List<Finding> findings = reader.read(notes.toString(), Path.of("r.md")).findings().stream()
          .filter(f -> f.code().equals("link.unsafe")).toList();
      assertThat(findings).as("round %d", round).singleElement().extracting(Finding::line).isEqualTo(line);
    }
  }

  /** Issue 18: past the limit of links a notes file keeps, the text stays and one warning says so. */
  @Test
  void linksPastTheLimitKeepTheirTextWithOneWarning() {
    StringBuilder notes = new StringBuilder("# 행사\n\n## 발표 - 김하늘\n\n### 링크\n\n");
    int count = dev.notedeck.limits.ModelLimits.MAX_LINKS + 500;
    for (int i = 0; i < count; i++) {
      notes.append("* [링크 ").append(i).append("](https://example.com/").append(i).append(")\n");
    }
    ParseResult r = reader.read(notes.toString(), Path.of("many.md"));
    long linked = new java.util.ArrayList<dev.notedeck.model.Span>() {{
      dev.notedeck.pipeline.NotesWalk.texts(r.event(), t -> addAll(t.item().spans()));
    }}.stream().filter(s -> s.href() != null).count();
    assertThat(linked).isEqualTo(dev.notedeck.limits.ModelLimits.MAX_LINKS);
    assertThat(r.findings()).filteredOn(f -> f.code().equals("link.too-many")).singleElement()
        .extracting(Finding::line).isEqualTo(7 + dev.notedeck.limits.ModelLimits.MAX_LINKS);
  }
}
