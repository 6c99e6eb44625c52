package dev.notedeck.cli;

import dev.notedeck.NotedeckException;
import dev.notedeck.pipeline.BuildRequest;
import dev.notedeck.pipeline.Format;
import dev.notedeck.render.slidespdf.SlidesHandoutOptions;
import dev.notedeck.pipeline.InputResolver;
import dev.notedeck.render.pdf.PdfStandard;
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

  @Parameters(paramLabel = "INPUT", arity = "0..*",
      description = "Notes files, or folders of *.md (default: seeds/).")
  List<Path> inputs;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR|FILE",
      description = "Output folder (default: dist/); for one input and one format also a file "
          + "name such as handout.pdf, whose extension then picks the format.")
  Path output;

  @Option(names = {"-t", "--theme"}, paramLabel = "NAME|DIR",
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

  @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Print details (outputs, sizes, theme, "
      + "warnings) and stack traces of internal errors.")
  boolean verbose;

  @Option(names = "--progress", negatable = true, defaultValue = "true", fallbackValue = "true",
      description = "Show a progress bar while building many files on a terminal (default: on; "
          + "never shown when output goes to a file or pipe).")
  boolean progress;

  /** The INPUT arguments as given, or the default. */
  List<Path> arguments() {
    return inputs == null || inputs.isEmpty() ? List.of(DEFAULT_INPUT) : inputs;
  }

  List<Path> notesFiles() {
    return InputResolver.resolve(arguments());
  }

  /** The request for {@code files}, with -o read as a folder or, when it ends in .pdf etc., a file. */
  BuildRequest request(List<Path> files) {
    Path out = output == null ? DEFAULT_OUTPUT : output;
    Format named = namedFormat(out);
    if (named == null) {
      return new BuildRequest(files, out, theme, formats(), allowRemote, localRoots(), null,
          pdfStandard(), perPage());
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
        baseName(out, named), pdfStandard(), perPage());
  }

  private List<Path> localRoots() {
    return allowLocalFiles == null ? List.of() : allowLocalFiles;
  }

  /** {@code talk.slides.pdf} is the slides handout of base name {@code talk}. */
  private static String baseName(Path out, Format named) {
    String name = out.getFileName().toString();
    return named == Format.SLIDES_PDF
        ? name.substring(0, name.length() - Format.SLIDES_PDF.extension().length() - 1)
        : InputResolver.baseName(out);
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
