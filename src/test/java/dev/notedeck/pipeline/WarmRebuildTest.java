package dev.notedeck.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Finding;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.poi.xslf.usermodel.XMLSlideShow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A long-lived Builder (watch, preview) keeps the talks it planned and re-plans only what an
 * edit changed: after every kind of edit its deck is byte for byte the deck a fresh Builder
 * makes, with the same warnings.
 */
class WarmRebuildTest {

  @TempDir Path dir;

  private static final String TALKS = """
      ---
      lang: ko
      ---
      # 봄 개발자 모임

      ## 1. 작은 팀의 배포 - 김하늘 ( 구름회사 )

      ### 왜 바꿨나
      * 배포가 한 시간 걸렸다
      * 되돌리기가 어려웠다

      ### 무엇을 했나
      * 파이프라인을 둘로 나눴다
      * 캐시를 붙였다

      ::: notes
      여기서 청중에게 배포 시간을 물어본다
      :::

      ### 결과
      * 배포 8분
      * 되돌리기 1분

      ## 2. 표와 코드 - 박서준 ( 바다랩 )

      ### 설정
      짧은 설명 한 줄.

      ![구성도](diagram.png)

      ### 코드
      설정은 이렇게 읽는다:

      ```java
      Config config = Config.load(path);
      System.out.println(config.name());
      ```

      ### 비교
      | 방식 | 시간 | 비고 |
      |---|---|---|
      | 이전 | 60분 | 손으로 |
      | 이후 | 8분 | 자동 |

      ### 없는 그림
      ![빠진 그림](missing.png)

      ## 3. 긴 목록 - 이도윤

      ### 체크리스트 {.cards}
      * 하나: 로그를 모은다
      * 둘: 알림을 정한다
      * 셋: 대시보드를 만든다
      * 넷: 장애 훈련을 한다
      * 다섯: 회고를 쓴다

      ### 정리
      * 작게 자주 배포한다

      """ + "### 긴 목록\n" + "* 슬라이드 여러 장에 이어지는 항목이다\n".repeat(30); // continued: "계속" or "continued"

  @Test
  void aRebuildAfterEachKindOfEditGivesTheDeckAColdBuildGives() throws Exception {
    picture(400, 300);
    Path theme = Files.createDirectories(dir.resolve("smaller"));
    Files.writeString(theme.resolve("theme.yaml"), "extends: default\nslides:\n  bodySize: 22\n  minBodySize: 16\n");
    Path notes = dir.resolve("talks.md");
    try (Builder warm = new Builder(2)) {
      same(warm, notes, TALKS, null);
      // a word changed in one talk
      same(warm, notes, TALKS.replace("캐시를 붙였다", "빌드 캐시를 붙이고 테스트를 나눴다"), null);
      // a new talk first: every talk after it gets another number and other lines
      same(warm, notes, TALKS.replace("## 1. 작은 팀의 배포", "## 0. 새 발표 - 최민 ( 숲 )\n\n### 소개\n* 처음 보는 발표\n\n"
          + "## 1. 작은 팀의 배포"), null);
      // the picture file replaced by one of another shape: the talk showing it is planned again
      picture(200, 400);
      same(warm, notes, TALKS, null);
      // another theme with other sizes
      same(warm, notes, TALKS, theme.toString());
      // the notes' language, on the same lines: other words on the slides ("continued")
      same(warm, notes, TALKS.replace("lang: ko", "lang: en"), null);
      // back to where it started: every talk as an earlier build planned it
      same(warm, notes, TALKS, null);
    }
  }

  /** Builds {@code text} with the long-lived Builder and with a fresh one: the same bytes, the same warnings. */
  private void same(Builder warm, Path notes, String text, String theme) throws Exception {
    Files.writeString(notes, text);
    BuildResult warmResult = build(warm, notes, dir.resolve("warm"), theme);
    BuildResult coldResult;
    try (Builder cold = new Builder(2)) {
      coldResult = build(cold, notes, dir.resolve("cold"), theme);
    }
    byte[] warmDeck = Files.readAllBytes(dir.resolve("warm/talks.pptx"));
    byte[] coldDeck = Files.readAllBytes(dir.resolve("cold/talks.pptx"));
    assertThat(warmDeck).as("deck after the edit, against a cold build").isEqualTo(coldDeck);
    assertThat(messages(warmResult.warnings())).isEqualTo(messages(coldResult.warnings()));
    try (XMLSlideShow show = new XMLSlideShow(Files.newInputStream(dir.resolve("warm/talks.pptx")))) {
      assertThat(show.getSlides()).hasSize(warmResult.slides());
    }
  }

  private static BuildResult build(Builder builder, Path notes, Path out, String theme) {
    BuildResult result = builder.build(new BuildRequest(List.of(notes), out, theme, EnumSet.of(Format.PPTX)),
        r -> { }).get(0);
    assertThat(result.error()).isNull();
    return result;
  }

  private static List<String> messages(List<Finding> findings) {
    return findings.stream().map(Finding::message).toList();
  }

  private void picture(int width, int height) throws Exception {
    ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png",
        dir.resolve("diagram.png").toFile());
  }
}
