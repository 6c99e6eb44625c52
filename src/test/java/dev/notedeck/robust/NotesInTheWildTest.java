package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes in shapes found in the wild (issue 13), built end to end: the handout's contents and
 * the deck's agenda list the real talks with their speakers under their groups, and nothing
 * else as a talk; check says what it found and reports what the build warns about.
 */
class NotesInTheWildTest {

  @TempDir Path dir;

  @Test
  void groupsAndTalksFromLevelThreeHeadingsReachBothOutputs() throws Exception {
    Path notes = Files.writeString(dir.resolve("days.md"), """
        ---
        layout: post
        title: "데브데이 후기:
          이틀간의 기록"
        author:
          name: 누군가
        ---
        ## 1일차
        ### 코루틴 깊이 보기 - 김하늘 (노트덱)
        * 구조적 동시성
        ### 점심 시간
        ### 빌드 빠르게 / 박서준 (예시랩)
        * 캐시
        ## 2일차
        ### 테스트 이야기 (이수민 | 샘플)
        * 픽스처
        """, StandardCharsets.UTF_8);
    Run run = Run.cli("build", "-f", "pdf,pptx", "-o", dir.resolve("out").toString(), notes.toString()).ok();
    assertThat(run.warnings()).isEmpty();
    String pdf = Outputs.pdfText(dir.resolve("out/days.pdf"));
    assertThat(pdf).contains("데브데이 후기: 이틀간의 기록");
    assertThat(squash(pdf)).containsSubsequence("1일차", "코루틴 깊이 보기", "김하늘", "빌드 빠르게", "박서준",
        "2일차", "테스트 이야기", "이수민");
    String deck = Outputs.pptxText(dir.resolve("out/days.pptx"));
    assertThat(squash(deck)).containsSubsequence("1일차", "코루틴 깊이 보기", "김하늘 (노트덱)",
        "빌드 빠르게", "박서준 (예시랩)", "2일차", "테스트 이야기", "이수민 (샘플)");
  }

  @Test
  void boldParagraphTalksWithAnEmbeddedVideoAndAShortTable() throws Exception {
    Path notes = Files.writeString(dir.resolve("bold.md"), """
        # 특집호
        ## 현장 스케치
        **다트 3 소개 - 홍길동(HGD)님**

        소개 글<br>둘째 줄

        <iframe src="https://www.youtube.com/embed/xyz" title="다트 발표 영상"></iframe>

        **위젯 테스트 - Jane Doe, 김하늘님**

        이름 | 값
        -- | --
        가 | 1
        ## 설문
        * 좋았다
        """, StandardCharsets.UTF_8);
    Run.cli("build", "-f", "pdf,pptx", "-o", dir.resolve("out").toString(), notes.toString()).ok();
    String pdf = squash(Outputs.pdfText(dir.resolve("out/bold.pdf")));
    assertThat(pdf).containsSubsequence("현장 스케치", "다트 3 소개", "홍길동", "위젯 테스트", "Jane Doe", "설문");
    assertThat(pdf).contains("다트 발표 영상").contains("소개 글").doesNotContain("-- | --").doesNotContain("<br>");
    String deck = squash(Outputs.pptxText(dir.resolve("out/bold.pptx")));
    assertThat(deck).containsSubsequence("다트 3 소개", "홍길동 (HGD)", "위젯 테스트", "Jane Doe, 김하늘");
    assertThat(deck).doesNotContain("**");
  }

  @Test
  void checkReportsWhatItFoundAndWhatBuildWarns() throws Exception {
    Path notes = Files.writeString(dir.resolve("wild.md"), """
        # 밋업
        ## 발표 - 김하늘
        ![원격](https://example.com/a.png)
        링크 {{ site.baseurl }}/x
        ####단점
        * 느리다
        """, StandardCharsets.UTF_8);
    Run built = Run.cli("build", "-f", "pptx", "-o", dir.resolve("out").toString(), notes.toString()).ok();
    Run checked = Run.cli("check", notes.toString());
    assertThat(checked.exit()).isNotZero();
    for (String warning : built.warnings()) {
      assertThat(checked.out()).contains(warning.substring("notedeck: warning: ".length()));
    }
    assertThat(checked.out()).contains(notes + ":3: image 'https://example.com/a.png' skipped")
        .contains(notes + ":4: Liquid tag '{{ site.baseurl }}' is left as text")
        .contains(notes + ":5: '####단점' is shown as text, not a heading; put a space after the #s: '#### 단점'");
    assertThat(checked.out()).contains(notes + ": 1 talk at ##");
  }

  /** PDF and slide text wrap lines anywhere: compare without line breaks. */
  private static String squash(String text) {
    return text.replaceAll("\\s*\\n\\s*", " ");
  }
}
