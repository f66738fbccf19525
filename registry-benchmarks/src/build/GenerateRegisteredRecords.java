import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes N small {@code @RegisterSerializable} records for the startup benchmark, so that 1,000 registered
 * classes never have to be written by hand. Run by the build: {@code java GenerateRegisteredRecords.java DIR N}.
 */
public class GenerateRegisteredRecords {

    private static final String PACKAGE = "io.github.objectregistry.benchmarks.startup.generated";

    public static void main(String[] args) throws IOException {
        Path directory = Path.of(args[0]).resolve(PACKAGE.replace('.', '/'));
        int count = Integer.parseInt(args[1]);
        Files.createDirectories(directory);
        Files.writeString(directory.resolve("GeneratedShape.java"), """
                package %s;

                /** The base type of the generated records. */
                public interface GeneratedShape {
                }
                """.formatted(PACKAGE));
        for (int i = 0; i < count; i++) {
            String name = "Generated%04d".formatted(i);
            Files.writeString(directory.resolve(name + ".java"), """
                    package %s;

                    import io.github.objectregistry.RegisterSerializable;

                    /** Generated for the startup benchmark. */
                    @RegisterSerializable("generated")
                    public record %s(int size, String label) implements GeneratedShape {
                    }
                    """.formatted(PACKAGE, name));
        }
    }
}
