import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.RenderContext;
import dev.notedeck.model.Event;
import dev.notedeck.parse.NotesParser;
import dev.notedeck.render.deck.Deck;
import dev.notedeck.render.deck.DeckFonts;
import dev.notedeck.render.deck.Para;
import dev.notedeck.render.deck.SlideSpec;
import dev.notedeck.render.deck.TextFrame;
import dev.notedeck.render.deck.TextMeasurer;
import dev.notedeck.render.deck.Words;
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
      double area = deck.frames().slideWidth() * deck.frames().slideHeight();
      int content = 0;
      int sparse = 0;
      List<Double> cover = new ArrayList<>();
      double minBody = Double.MAX_VALUE;
      double minCode = Double.MAX_VALUE;
      for (SlideSpec s : deck.slides()) {
        if (!isContent(s)) {
          continue;
        }
        content++;
        double words = 0;
        double covered = 0;
        for (TextFrame f : s.frames().subList(1, s.frames().size())) {
          words += Words.count(f.plainText());
          double h = Math.min(f.box().height(), measurer.height(f.paras(), f.innerWidth()) + 2 * TextFrame.INSET_Y);
          covered += f.paras().isEmpty() ? 0 : f.box().width() * h;
          for (Para p : f.paras()) {
            if (p.role() == Para.Role.CODE) {
              minCode = Math.min(minCode, p.size());
            } else if (p.role() != Para.Role.MUTED) {
              minBody = Math.min(minBody, p.size());
            }
          }
        }
        if (s instanceof SlideSpec.TableSlide t) {
          covered += t.table().box().width() * t.table().box().height();
          for (List<Para> row : t.table().rows()) {
            for (Para p : row) {
              words += Words.count(p.plainText());
              minBody = Math.min(minBody, p.size());
            }
          }
        }
        if (s instanceof SlideSpec.ImageSlide img && img.image() != null) {
          covered += img.box().width() * img.box().height();
          words = Math.max(words, 12); // a picture is content of its own
        }
        if (s.frames().stream().anyMatch(f -> f.paras().stream().anyMatch(p -> p.role() == Para.Role.NUMBER))) {
          words = Math.max(words, 12); // so is a big number, by design
        }
        if (words < 12) {
          sparse++;
        }
        if (list) {
          System.out.printf(Locale.ROOT, "  %-16s %5.1f words %4.0f%% %s%n", s.getClass().getSimpleName(), words,
              100 * covered / area, s.title().plainText());
        }
        cover.add(covered / area);
      }
      cover.sort(null);
      double median = cover.isEmpty() ? 0 : cover.get(cover.size() / 2);
      System.out.printf(Locale.ROOT, "%s\t%d\t%d\t%d\t%.1f\t%.1f\t%.1f\t%.1f%n", file.getFileName(),
          deck.slides().size(), out.size() / 1024, content, 100.0 * sparse / Math.max(1, content),
          100 * median, minBody, minCode == Double.MAX_VALUE ? 0 : minCode);
    }
  }

  private static boolean isContent(SlideSpec s) {
    return !(s instanceof SlideSpec.TitleSlide || s instanceof SlideSpec.AgendaSlide
        || s instanceof SlideSpec.TalkDividerSlide || s instanceof SlideSpec.ClosingSlide);
  }
}
