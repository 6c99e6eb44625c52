package dev.notedeck.render.pptx;

import dev.notedeck.NotedeckException;
import dev.notedeck.diagnostics.Diagnostics;
import dev.notedeck.render.deck.SlideFrames;
import dev.notedeck.resource.PoiLimits;
import dev.notedeck.resource.TemplatePackage;
import dev.notedeck.theme.Resource;
import dev.notedeck.theme.Theme;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xslf.usermodel.XMLSlideShow;

/**
 * The deck templates one renderer has opened, kept by the template's identity (its file's path,
 * size and modification time and the theme's slide size; or the built-in template's variables)
 * for the renderer's life: a watch session, a preview, a batch of notes files. Each template is
 * read and checked once; planning gets its frames without opening it again, and each deck
 * output parses it once from bytes held in memory (the first output takes the copy the first
 * plan opened). A template file that changes gets a new identity, so it is read again.
 */
final class DeckTemplates {

  /** Identities kept; a watch session that edits its template keeps adding new ones. */
  private static final int KEPT = 4;

  private final Map<Object, Template> byIdentity = new ConcurrentHashMap<>();
  private final AtomicInteger parses = new AtomicInteger();
  private final SvgRasters rasters = new SvgRasters();

  /** Where text goes on the theme's slides; opens the template only the first time. */
  SlideFrames frames(Theme theme) {
    return template(theme).facts().frames();
  }

  /** The theme's template, parsed for one deck output to write into. */
  DeckTemplate open(Theme theme, Diagnostics diagnostics) {
    return template(theme).open(diagnostics);
  }

  /** SVG logos drawn as PNG, kept for every deck output of this renderer. */
  SvgRasters rasters() {
    return rasters;
  }

  /** How many times a template package was parsed (tests count the opens a build makes). */
  int parses() {
    return parses.get();
  }

  private Template template(Theme theme) {
    Optional<Resource> custom = theme.assets() == null ? Optional.empty() : theme.assets().pptxTemplate();
    if (custom.isEmpty()) {
      Map<String, String> vars = BuiltInTemplate.variables(theme);
      return kept(vars, () -> new Template(null, vars, theme));
    }
    Object identity = identity(custom.get(), theme);
    if (identity == null) {
      return new Template(custom.get(), null, theme); // cannot be looked at: its open says why
    }
    return kept(identity, () -> new Template(custom.get(), null, theme));
  }

  private Template kept(Object identity, java.util.function.Supplier<Template> made) {
    Template t = byIdentity.get(identity);
    if (t == null) {
      if (byIdentity.size() >= KEPT) {
        byIdentity.clear();
      }
      t = byIdentity.computeIfAbsent(identity, k -> made.get());
    }
    return t;
  }

  /**
   * A company template's identity: its file as it is now and the size the theme resizes it to;
   * null when the file cannot be looked at (opening it then reports the problem, every time).
   */
  private static Object identity(Resource r, Theme theme) {
    long cx = Math.round(theme.slides().widthPt() * 12700);
    long cy = Math.round(theme.slides().heightPt() * 12700);
    if (r instanceof Resource.OnDisk disk) {
      try {
        Path path = disk.path().toAbsolutePath();
        BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
        if (!a.isRegularFile()) {
          return null;
        }
        return new FileIdentity(path, a.size(), a.lastModifiedTime().toMillis(), cx, cy);
      } catch (IOException | RuntimeException e) {
        return null;
      }
    }
    return new FileIdentity(Path.of(r.name()), -1, -1, cx, cy); // on the class path: unchanging
  }

  private record FileIdentity(Path path, long size, long modified, long cx, long cy) {}

  /** One template: its bytes ready to parse, its facts, and a parsed copy no output took yet. */
  private final class Template {
    private final Resource custom;
    private final Map<String, String> builtIn;
    private final Theme theme;
    private byte[] bytes;
    private DeckTemplate.Facts facts;
    private XMLSlideShow spare;
    private String problem;

    Template(Resource custom, Map<String, String> builtIn, Theme theme) {
      this.custom = custom;
      this.builtIn = builtIn;
      this.theme = custom == null ? null : theme; // the built-in one needs only its variables
    }

    synchronized DeckTemplate.Facts facts() {
      if (facts == null) {
        spare = first();
      }
      return facts;
    }

    DeckTemplate open(Diagnostics diagnostics) {
      XMLSlideShow show;
      synchronized (this) {
        facts();
        show = spare;
        spare = null;
      }
      if (show == null) {
        show = parse();
      }
      return new DeckTemplate(show, facts, diagnostics);
    }

    /** Reads, checks and measures the template; returns it opened, or null (none to spare). */
    private XMLSlideShow first() {
      if (custom == null) {
        bytes = BuiltInTemplate.build(builtIn);
        XMLSlideShow show = parse();
        facts = DeckTemplate.measure(show, "built-in template");
        return show;
      }
      String name = custom.name();
      PoiLimits.enforce(); // zip-bomb limits: a template may come from anyone
      if (problem == null && custom instanceof Resource.OnDisk disk) {
        String found = TemplatePackage.problem(disk.path());
        problem = found == null ? "" : found;
      }
      if (problem != null && !problem.isEmpty()) {
        throw new NotedeckException(name + ": cannot read this PowerPoint template (" + problem
            + "); save it again as a .pptx file.");
      }
      byte[] read;
      try (InputStream in = custom.open()) {
        read = in.readAllBytes();
      } catch (IOException | RuntimeException e) {
        throw DeckTemplate.unreadable(name, e);
      }
      parses.incrementAndGet();
      DeckTemplate.Company opened = DeckTemplate.company(name, read, theme);
      facts = DeckTemplate.measure(opened.show(), name);
      if (!opened.changed()) {
        bytes = read;
        return opened.show();
      }
      // later opens parse the template as this open left it: no example slides to parse and
      // remove again, no resizing (the output is written from the same show, so it is the same)
      try (XMLSlideShow show = opened.show()) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(read.length);
        show.write(out);
        bytes = out.toByteArray();
      } catch (IOException | RuntimeException e) {
        throw DeckTemplate.unreadable(name, e);
      }
      return null;
    }

    private XMLSlideShow parse() {
      parses.incrementAndGet();
      if (custom == null) {
        try {
          return new XMLSlideShow(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
          throw new IllegalStateException("built-in template is broken", e);
        }
      }
      try {
        return new XMLSlideShow(new ByteArrayInputStream(bytes));
      } catch (IOException | RuntimeException e) {
        throw DeckTemplate.unreadable(custom.name(), e);
      }
    }
  }
}
