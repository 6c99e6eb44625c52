package dev.notedeck;

import dev.notedeck.theme.Theme;
import java.nio.file.Path;

/**
 * Everything a renderer needs besides the model.
 *
 * @param baseDir folder that relative references in the notes (images) resolve against
 */
public record RenderContext(Theme theme, Path baseDir, Diagnostics diagnostics) {}
