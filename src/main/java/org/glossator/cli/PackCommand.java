package org.glossator.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "pack", description = "Make or open a reading pack (.glossa) for a class.",
        subcommands = {PackCreateCommand.class, PackOpenCommand.class})
final class PackCommand implements Runnable {
    @ParentCommand
    GlossatorCommand root;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Say what to do: pack create or pack open.");
    }
}
