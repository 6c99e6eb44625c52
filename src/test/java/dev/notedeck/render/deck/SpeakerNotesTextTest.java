package dev.notedeck.render.deck;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.model.Span;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Speaker notes keep a link's address, once: not when the text already shows it. */
class SpeakerNotesTextTest {

  private static Span link(String text, String href) {
    return new Span(text, Set.of(), href);
  }

  @Test
  void addressFollowsTextThatDoesNotShowIt() {
    assertThat(SpeakerNotesText.text(List.of(Span.plain("자료: "), link("발표 자료", "https://example.com/slides"))))
        .isEqualTo("자료: 발표 자료 <https://example.com/slides>");
  }

  @Test
  void autolinkAndMailAddressAreNotRepeated() {
    assertThat(SpeakerNotesText.text(List.of(link("https://example.com/a", "https://example.com/a"))))
        .isEqualTo("https://example.com/a");
    assertThat(SpeakerNotesText.text(List.of(Span.plain("문의 "), link("kim@example.kr", "mailto:kim@example.kr"))))
        .isEqualTo("문의 kim@example.kr");
  }

  /** Issue 18: notes made from blocks are bounded, however long the list the slide continues. */
  @Test
  void notesFromAHugeListAreCutAtALineWithAnEllipsis() {
    dev.notedeck.model.ListItem[] items = new dev.notedeck.model.ListItem[5000];
    for (int i = 0; i < items.length; i++) {
      items[i] = TestEvents.item("항목 " + i + " 내용");
    }
    String notes = SpeakerNotesText.of(List.of(TestEvents.ul(items)));
    assertThat(notes.length()).isLessThanOrEqualTo(SpeakerNotesText.MAX_CHARS + 2);
    assertThat(notes).startsWith("- 항목 0 내용").endsWith("\n…");
    assertThat(SpeakerNotesText.of(List.of(TestEvents.ul(items[0], items[1])))).doesNotContain("…");
  }
}
