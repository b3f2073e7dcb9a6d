package dk.rekrut.matching.evaluate;

import dk.rekrut.matching.esco.Esco;
import java.nio.file.Path;
import java.util.List;

/**
 * One evaluation task of the {@code evaluate} command. {@code data} is the development-data folder
 * ({@code ../shared/data/matching} by default): evaluation-only files are read from there, never shipped.
 */
public interface Task {

    String name();

    List<Measure> run(Esco esco, Path data) throws Exception;
}
