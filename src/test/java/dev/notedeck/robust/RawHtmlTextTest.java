package dev.notedeck.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.pipeline.NotesWalk;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Issue 18: raw HTML keeps its text (README's promise): an element's content is dropped only up
 * to its own closing tag, so a void or unclosed element never swallows what follows it.
 */
class RawHtmlTextTest {

  private final NotesParser parser = new NotesParser();

  @Test
  void textAfterVoidOrUnclosedElementsIsKept() {
    String notes = """
        # Event

        ## Talk - Kim

        <embed src="movie.swf">
        after the embed

        text <video src="clip.mp4"> after the video, <script>alert(1)</script> and the end

        <EMBED SRC=x> upper case too
        """;
    String text = text(notes);
    assertThat(text).contains("after the embed", "after the video", "and the end", "upper case too")
        .doesNotContain("alert(1)");
  }

  @Test
  void randomTagsNeverDropTheTextOutsideAClosedPair() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String[] names = {"embed", "video", "audio", "script", "iframe", "object", "span", "b", "svg"};
    for (int round = 0; round < 200; round++) {
      StringBuilder html = new StringBuilder();
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        String name = names[random.nextInt(names.length)];
        String word = "word" + round + "x" + i;
        // an opening tag without a closing one anywhere: the words after it stay
        html.append("<").append(name).append(" src=\"a\">").append(' ').append(word).append(' ');
        kept.add(word);
      }
      String notes = "# Event\n\n## Talk - Kim\n\n" + (random.nextBoolean() ? "" : "x ") + html + "\n";
      assertThat(text(notes)).as("seed %d: %s", seed, notes).contains(kept);
    }
  }

  private String text(String notes) {
    Event event = parser.parse(notes, Path.of("talk.md"), new Diagnostics.Collecting());
    StringBuilder sb = new StringBuilder();
    NotesWalk.texts(event, t -> sb.append(t.item().plainText()).append('\n'));
    return sb.toString();
  }
}
