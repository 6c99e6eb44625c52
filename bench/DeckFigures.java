import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.DeckFonts;
import dev.notedeck.render.deck.RecapFigures;
import dev.notedeck.render.deck.TextMeasurer;
import dev.notedeck.render.pptx.DeckRenderer;
import dev.notedeck.theme.Theme;
import dev.notedeck.theme.ThemeLoader;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The recap deck's figures (issue 14) for notes files, read from the planned deck:
 *   java -cp target/notedeck.jar bench/DeckFigures.java [--list] [--theme NAME] NOTES.md...
 * slides; deck bytes; content slides under 12 words (a Hangul syllable counts half); median
 * share of the slide covered by text (each content frame's width times its text's height, tables
 * and pictures by their box); smallest body and code size on content slides.
 */
public class DeckFigures {

  public static void main(String[] args) throws Exception {
    String themeName = "default";
    boolean list = false;
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--list")) {
        list = true;
      } else if (args[i].equals("--theme")) {
        themeName = args[++i];
      } else {
        files.add(Path.of(args[i]));
      }
    }
    Theme theme = new ThemeLoader().load(themeName);
    TextMeasurer measurer = new TextMeasurer(DeckFonts.of(theme));
    DeckRenderer renderer = new DeckRenderer();
    System.out.println("file\tslides\tKB\tcontent\tsparse%\tmedianCover%\tminBody\tminCode");
    for (Path file : files) {
      Event event = new NotesParser().parse(file);
      RenderContext context = new RenderContext(theme, file.toAbsolutePath().getParent(), Diagnostics.silent());
      Deck deck = renderer.plan(event, context);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      renderer.write(deck, context, out);
      RecapFigures figures = RecapFigures.of(deck, measurer);
      if (list) {
        for (RecapFigures.Slide s : figures.slides()) {
          System.out.printf(Locale.ROOT, "  %-16s %5.1f words %4.0f%% %s%n", s.spec().getClass().getSimpleName(),
              s.words(), 100 * s.cover(), s.spec().title().plainText());
        }
      }
      System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f%n", file.getFileName(),
          deck.slides().size(), out.size() / 1024, figures.content(), figures.sparsePercent(),
          100 * figures.medianCover(), figures.minBody(), figures.minCode());
    }
  }
}
