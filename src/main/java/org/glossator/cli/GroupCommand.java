package org.glossator.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.glossator.store.StoreException;
import org.glossator.store.postgres.PostgresStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code glossator group init}: the roles and row-level security of a shared store. */
@Command(name = "group", description = "Working as a group on a shared store.",
        subcommands = GroupCommand.Init.class)
final class GroupCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return Cli.USAGE;
    }

    @Command(name = "init", description = "Create the roles glossator_owner, glossator_annotator and glossator_reader"
            + " and the rules the server enforces (run as the tables' owner; again after an upgrade).")
    static final class Init implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            GlossatorCommand root = (GlossatorCommand) spec.root().userObject();
            if (!(root.location() instanceof StoreLocation.Shared shared)) {
                throw new StoreException("Group rights are for a shared store: give --db postgresql://host/database.");
            }
            try (PostgresStore store = PostgresStore.open(shared.target())) {
                store.installGroupRights();
            }
            PrintWriter out = spec.commandLine().getOut();
            out.println("Roles and rules are in place on " + shared.display() + ". Give people their part, e.g.:");
            out.println("  GRANT glossator_annotator TO ada;   GRANT glossator_reader TO guest;"
                    + "   GRANT glossator_owner TO teacher;");
            out.flush();
            return Cli.OK;
        }
    }
}
