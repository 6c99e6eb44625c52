package dev.notedeck.cli;

import dev.notedeck.NotedeckException;
import dev.notedeck.pipeline.BuildRequest;
import dev.notedeck.pipeline.Format;
import dev.notedeck.pipeline.InputResolver;
import dev.notedeck.render.deck.DeckOptions;
import dev.notedeck.render.pdf.PdfStandard;
import dev.notedeck.render.slidespdf.SlidesHandoutOptions;
import dev.notedeck.theme.DeckSetup;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options {@code build} and {@code watch} share: what to build, where, how, how loudly. */
final class BuildOptions {

  static final Path DEFAULT_INPUT = Path.of("seeds");
  static final Path DEFAULT_OUTPUT = Path.of("dist");
  /** The INPUT and -o value that mean standard input and standard output. */
  static final Path STANDARD_STREAM = Path.of("-");

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Notes files, or folders of *.md, or - for notes on standard input "
          + "(default: seeds/ if there is one, else the *.md here).")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR|FILE|-",
      description = "Output folder (default: dist/); for one input and one format also a file "
          + "name such as handout.pdf, whose extension then picks the format, or - for "
          + "standard output.")
  Path output;

  /** From the project file only: the front matter's lang: wins, per notes file. */
  String language;

  @Option(names = {"-r", "--recursive"}, description = "Also build the notes in subfolders of INPUT folders, "
      + "into the same subfolders of the output folder.")
  boolean recursive;

  @Option(names = {"-t", "--theme"}, paramLabel = "NAME|DIR", completionCandidates = ThemeNames.class,
      description = "Built-in theme name or theme folder; wins over the notes' front matter "
          + "(default: the front matter's theme, else default).")
  String theme;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
      description = "Formats to write, comma-separated: ${COMPLETION-CANDIDATES} (default: pdf,pptx). "
          + "html is one self-contained handout page; png one image per slide.",
      completionCandidates = FormatNames.class)
  List<String> formats;

  @Option(names = "--allow-remote",
      description = "Fetch remote images the notes refer to (default: skip them with a warning).")
  boolean allowRemote;

  @Option(names = "--allow-local-files", paramLabel = "DIR",
      description = "Also read images from DIR (default: only the notes' and the theme's folders).")
  List<Path> allowLocalFiles;

  @Option(names = "--pdf-standard", paramLabel = "ua|none",
      description = "What the PDF handout conforms to: ua = tagged PDF/UA-1 (accessible) and "
          + "PDF/A-3u (archivable); none = plain PDF, smaller (default: ua).",
      completionCandidates = PdfStandardNames.class)
  String pdfStandard;

  @Option(names = "--per-page", paramLabel = "1|2|3|4|6",
      description = "Slides on each page of the slides handout (-f slides-pdf), with their "
          + "speaker notes or lines to write on; 1 gives notes pages (default: 3).")
  Integer perPage;

  @Option(names = "--deck", paramLabel = "recap|full",
      description = "recap: short sections share slides, condensed to present (default); "
          + "full: one slide run per section. Also front matter deck: full.")
  String deckMode;

  @Option(names = "--agenda", negatable = true,
      description = "Make the agenda slide (default: on; front matter deck-agenda: off).")
  Boolean agenda;

  @Option(names = "--takeaways", negatable = true,
      description = "Make a takeaways slide per talk with conclusions (default: on; front matter deck-takeaways: off).")
  Boolean takeaways;

  @Option(names = "--closing", negatable = true,
      description = "Make the closing slide (default: on; front matter deck-closing: off).")
  Boolean closing;

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print details (outputs, sizes, theme, "
      + "warnings) and stack traces of internal errors.")
  boolean verbose;

  @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Show a progress bar while building many files on a terminal (default: on; "
          + "never shown when output goes to a file or pipe).")
  boolean progress;

  /** Options for the live preview: {@code input} to an HTML handout and slide images in {@code work}. */
  static BuildOptions forPreview(Path input, Path work, String theme, boolean allowRemote, boolean quiet) {
    BuildOptions options = new BuildOptions();
    options.inputs = List.of(input);
    options.output = work;
    options.theme = theme;
    options.formats = List.of(Format.HTML.extension(), Format.PNG.extension());
    options.allowRemote = allowRemote;
    options.quiet = quiet;
    options.progress = false;
    return options;
  }

  /** The INPUT arguments as given, or the default: seeds/ where there is one, else this folder. */
  List<Path> arguments() {
    if (inputs != null && !inputs.isEmpty()) {
      return inputs;
    }
    return List.of(Files.isDirectory(DEFAULT_INPUT) ? DEFAULT_INPUT : Path.of("."));
  }

  List<Path> notesFiles() {
    return InputResolver.resolve(arguments(), recursive);
  }

  /** Whether the notes come from standard input ({@code -}). */
  boolean readsStdin() {
    return inputs != null && inputs.contains(STANDARD_STREAM);
  }

  /** Whether the output goes to standard output ({@code -o -}). */
  boolean writesStdout() {
    return STANDARD_STREAM.equals(output);
  }

  /**
   * Fills in what the command line left open from the project file ({@code notedeck.yaml} in
   * the notes' folder or a parent); returns the file used, if any.
   */
  java.util.Optional<ProjectFile> useProjectFile() {
    List<Path> args = arguments();
    Path first = args.get(0).equals(STANDARD_STREAM) ? Path.of(".") : args.get(0);
    Path folder = Files.isDirectory(first) ? first : first.toAbsolutePath().getParent();
    java.util.Optional<ProjectFile> found = ProjectFile.find(folder == null ? Path.of(".") : folder);
    found.ifPresent(project -> {
      theme = theme != null ? theme : project.theme();
      formats = formats != null && !formats.isEmpty() ? formats : project.formats();
      output = output != null ? output : project.output();
      pdfStandard = pdfStandard != null ? pdfStandard : project.pdfStandard();
      allowRemote = allowRemote || Boolean.TRUE.equals(project.allowRemote());
      allowLocalFiles = allowLocalFiles != null && !allowLocalFiles.isEmpty() ? allowLocalFiles
          : project.allowLocalFiles();
      recursive = recursive || Boolean.TRUE.equals(project.recursive());
      language = project.language();
      ProjectFile.Deck deck = project.deck();
      deckMode = deckMode != null ? deckMode : deck.mode();
      agenda = agenda != null ? agenda : deck.agenda();
      takeaways = takeaways != null ? takeaways : deck.takeaways();
      closing = closing != null ? closing : deck.closing();
      perPage = perPage != null ? perPage : project.perPage();
    });
    return found;
  }

  /** The request for {@code files}, with -o read as a folder or, when it ends in .pdf etc., a file. */
  BuildRequest request(List<Path> files) {
    return request(files, null);
  }

  /**
   * ... with {@code name} as the outputs' base name when -o gives a folder (notes read from
   * standard input have no name of their own), or null for the inputs' names.
   */
  BuildRequest request(List<Path> files, String name) {
    // build -r talks/: talks/a/x.md -> dist/a/x.pdf, as the notes' folders are
    return fileRequest(files, name).withPlaces(InputResolver.places(arguments(), files));
  }

  private DeckOptions.Override deckChoices() {
    DeckOptions.Mode mode = null;
    if (deckMode != null) {
      String m = deckMode.strip().toLowerCase(Locale.ROOT);
      if (!DeckSetup.MODES.contains(m)) {
        throw new NotedeckException("--deck " + deckMode + ": unknown deck; use recap or full");
      }
      mode = DeckOptions.mode(m);
    }
    return new DeckOptions.Override(mode, agenda, takeaways, closing);
  }

  private BuildRequest fileRequest(List<Path> files, String name) {
    Path out = output == null ? DEFAULT_OUTPUT : output;
    Format named = namedFormat(out);
    if (named == null) {
      return new BuildRequest(files, out, theme, formats(), allowRemote, localRoots(), name,
          pdfStandard(), language, deckChoices(), perPage());
    }
    if (files.size() != 1) {
      throw new NotedeckException("-o " + out + " names a file, but " + files.size()
          + " notes files are to be built; give a folder with -o instead");
    }
    Set<Format> wanted = formats == null || formats.isEmpty() ? EnumSet.of(named) : formats();
    if (!wanted.equals(EnumSet.of(named))) {
      throw new NotedeckException("-o " + out + " names one " + named.extension() + " file, but -f asks for "
          + String.join(",", formats) + "; give a folder with -o, or only -f " + named.cliName());
    }
    Path dir = out.getParent() == null ? Path.of("") : out.getParent();
    return new BuildRequest(files, dir, theme, wanted, allowRemote, localRoots(),
        out.getFileName().toString(), pdfStandard(), language, deckChoices(), perPage());
  }

  /** For {@code -o -}: the one format asked for, built into {@code dir} under {@code name}. */
  BuildRequest requestInto(List<Path> files, Path dir, String name) {
    if (files.size() != 1) {
      throw new NotedeckException("-o - writes one output to standard output, but " + files.size()
          + " notes files are to be built; give one notes file, or a folder with -o");
    }
    Set<Format> wanted = formats();
    if (formats == null || wanted.size() != 1 || wanted.contains(Format.PNG)) {
      throw new NotedeckException("-o - writes one format to standard output; choose it with -f pdf, "
          + "-f pptx or -f html (png writes one image per slide: give a folder with -o)");
    }
    return new BuildRequest(files, dir, theme, wanted, allowRemote, localRoots(), name, pdfStandard(),
        language, deckChoices(), perPage());
  }

  private List<Path> localRoots() {
    return allowLocalFiles == null ? List.of() : allowLocalFiles;
  }

  /** The --per-page value; throws NotedeckException naming the accepted ones. */
  int perPage() {
    return perPage == null ? SlidesHandoutOptions.DEFAULT_PER_PAGE
        : new SlidesHandoutOptions(perPage, null).perPage();
  }

  /** The format a file name such as {@code handout.pdf} asks for; null for a folder. */
  private static Format namedFormat(Path out) {
    if (Files.isDirectory(out) || out.getFileName() == null) {
      return null;
    }
    return Format.ofFileName(out.getFileName().toString());
  }

  Set<Format> formats() {
    if (formats == null || formats.isEmpty()) {
      return EnumSet.of(Format.PDF, Format.PPTX);
    }
    Set<Format> set = EnumSet.noneOf(Format.class);
    for (String name : formats) {
      Format f = Format.fromName(name);
      if (f == null) {
        throw new NotedeckException("unknown format '" + name + "'; use one or more of "
            + Format.names() + ", e.g. -f pdf,pptx");
      }
      set.add(f);
    }
    return set;
  }

  /** The --pdf-standard value; throws NotedeckException naming the accepted ones. */
  PdfStandard pdfStandard() {
    return pdfStandard == null ? PdfStandard.UA1_A3U : PdfStandard.parse(pdfStandard);
  }

  /** For shell completion of --pdf-standard. */
  static final class PdfStandardNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(PdfStandard.values()).map(PdfStandard::cliName).iterator();
    }
  }

  /** For shell completion of -f. */
  static final class FormatNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return java.util.Arrays.stream(Format.values()).map(Format::cliName).iterator();
    }
  }
}
