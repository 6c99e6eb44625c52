package dev.notedeck.pipeline;

import dev.notedeck.render.deck.DeckOptions;
import dev.notedeck.render.pdf.PdfStandard;
import dev.notedeck.render.slidespdf.SlidesHandoutOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to build.
 *
 * @param theme a theme name or folder that overrides the notes' front matter, or null
 * @param allowRemote whether the notes' remote references (images) may be fetched
 * @param allowLocalFiles folders beyond the notes' own from which referenced files may be read
 * @param outputName name for the outputs instead of the input's (one input only): a file name
 *     such as {@code Handout.PDF}, kept as it is for its format, or a base name; or null
 * @param pdfStandard what the PDF handout conforms to ({@code --pdf-standard}); null means the
 *     default, tagged PDF/UA-1 + PDF/A-3u
 * @param language the notes' language ({@code ko}, {@code en}) where their front matter states
 *     no {@code lang:} (a project's default), or null
 * @param deck what the command line chose for the deck ({@code --deck}, {@code --no-agenda}…);
 *     unset parts come from each notes file's front matter
 * @param slidesPerPage slides on each page of the slides handout ({@code --per-page})
 * @param places for inputs found in subfolders of a folder given ({@code build -r talks/}), that
 *     subfolder relative to it ({@code a} for {@code talks/a/x.md}): their outputs go to the same
 *     subfolder of the output folder, so notes of the same name in two subfolders never collide
 */
public record BuildRequest(List<Path> inputs, Path outputDir, String theme, Set<Format> formats,
    boolean allowRemote, List<Path> allowLocalFiles, String outputName, PdfStandard pdfStandard,
    String language, DeckOptions.Override deck, int slidesPerPage, Map<Path, Path> places) {

  public BuildRequest {
    inputs = List.copyOf(inputs);
    formats = Set.copyOf(formats);
    allowLocalFiles = allowLocalFiles == null ? List.of() : List.copyOf(allowLocalFiles);
    pdfStandard = pdfStandard == null ? PdfStandard.UA1_A3U : pdfStandard;
    deck = deck == null ? DeckOptions.Override.NONE : deck;
    slidesPerPage = slidesPerPage == 0 ? SlidesHandoutOptions.DEFAULT_PER_PAGE : slidesPerPage;
    places = places == null ? Map.of() : Map.copyOf(places);
  }

  public BuildRequest(List<Path> inputs, Path outputDir, String theme, Set<Format> formats,
      boolean allowRemote, List<Path> allowLocalFiles, String outputName, PdfStandard pdfStandard,
      String language, DeckOptions.Override deck, int slidesPerPage) {
    this(inputs, outputDir, theme, formats, allowRemote, allowLocalFiles, outputName, pdfStandard, language,
        deck, slidesPerPage, null);
  }

  public BuildRequest(List<Path> inputs, Path outputDir, String theme, Set<Format> formats,
      boolean allowRemote, List<Path> allowLocalFiles, String outputName, PdfStandard pdfStandard,
      String language) {
    this(inputs, outputDir, theme, formats, allowRemote, allowLocalFiles, outputName, pdfStandard, language,
        null, 0);
  }

  public BuildRequest(List<Path> inputs, Path outputDir, String theme, Set<Format> formats,
      boolean allowRemote, List<Path> allowLocalFiles, String outputName, PdfStandard pdfStandard) {
    this(inputs, outputDir, theme, formats, allowRemote, allowLocalFiles, outputName, pdfStandard, null);
  }

  public BuildRequest(List<Path> inputs, Path outputDir, String theme, Set<Format> formats,
      boolean allowRemote, List<Path> allowLocalFiles, String outputName) {
    this(inputs, outputDir, theme, formats, allowRemote, allowLocalFiles, outputName, null);
  }

  public BuildRequest(List<Path> inputs, Path outputDir, String theme, Set<Format> formats,
      boolean allowRemote, List<Path> allowLocalFiles) {
    this(inputs, outputDir, theme, formats, allowRemote, allowLocalFiles, null, null);
  }

  /** Deny by default: no network, files from the notes' and the theme's folders only. */
  public BuildRequest(List<Path> inputs, Path outputDir, String theme, Set<Format> formats) {
    this(inputs, outputDir, theme, formats, false, List.of(), null, null);
  }

  /** The same request for other inputs (watch mode rebuilds a few of them). */
  public BuildRequest withInputs(List<Path> others) {
    return new BuildRequest(others, outputDir, theme, formats, allowRemote, allowLocalFiles, outputName,
        pdfStandard, language, deck, slidesPerPage, places);
  }

  /** The same request with each input's subfolder in the output folder (see {@code places}). */
  public BuildRequest withPlaces(Map<Path, Path> subfolders) {
    return new BuildRequest(inputs, outputDir, theme, formats, allowRemote, allowLocalFiles, outputName,
        pdfStandard, language, deck, slidesPerPage, subfolders);
  }

  /** Base name shared by every output of {@code input}. */
  public String baseName(Path input) {
    return outputName != null ? InputResolver.baseName(Path.of(outputName)) : InputResolver.baseName(input);
  }

  /** Where {@code format} of {@code input} goes (for PNG: the first slide's image). */
  public Path target(Path input, Format format) {
    if (outputName != null && format != Format.PNG
        && outputName.toLowerCase(java.util.Locale.ROOT).endsWith("." + format.extension())) {
      return outputDir.resolve(outputName); // -o Handout.PDF: the name exactly as given
    }
    Path place = outputName == null ? places.get(input.normalize()) : null;
    Path dir = place == null ? outputDir : outputDir.resolve(place);
    return dir.resolve(format.fileName(baseName(input), 1));
  }
}
