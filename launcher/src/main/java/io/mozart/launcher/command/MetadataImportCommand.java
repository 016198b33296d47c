package io.mozart.launcher.command;

import io.mozart.server.metadata.MetadataFormatException;
import io.mozart.server.metadata.MetadataImport;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code metadata:import [<dir>]}: copies Itemdata.dat, OJNList.dat and AlbumList.ojs out of an O2Jam client
 * installation to the {@code Metadata:*} paths. Exit code 0 when at least one file was imported.
 */
@Command(name = "metadata:import", description = "Import the metadata files from an O2Jam client directory.")
final class MetadataImportCommand extends AdminCommand {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "<dir>",
            description = "The O2Jam client directory (default: the current directory).")
    private String directory;

    MetadataImportCommand(CommandEnvironment env) {
        super(env);
    }

    @Override
    public Integer call() {
        final MetadataImport.Report report;
        try {
            final Path dir = directory == null
                    ? env.workingDirectory()
                    : env.workingDirectory().resolve(unquote(directory));
            report = MetadataImport.run(
                    dir,
                    env.config().metadata().itemData(),
                    env.config().metadata().musicList(),
                    env.config().metadata().albumList());
        } catch (FileNotFoundException e) {
            println(e.getMessage());
            return FAILED;
        } catch (IOException | MetadataFormatException | InvalidPathException e) {
            println("Metadata import failed: " + e.getMessage());
            return FAILED;
        }
        report.lines().forEach(this::println);
        return report.imported() > 0 ? OK : FAILED;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
