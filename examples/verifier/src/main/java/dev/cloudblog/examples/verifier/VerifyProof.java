package dev.cloudblog.examples.verifier;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/**
 * Verifies a content proof from the command line, trusting nothing but the blog's public key and,
 * for the anchors, the Ethereum node it is pointed at:
 *
 * <pre>
 * verify-proof --proof proof.json --content content.json --key 'blog+1a2b3c4d+AXk…' --rpc http://127.0.0.1:8545
 * </pre>
 *
 * It prints one line per check made (see {@link ProofCheck}), then {@code VERIFIED} or
 * {@code NOT VERIFIED: <reason>}. The exit status is 0 when every check passed, 1 when one failed,
 * and 2 when the arguments are wrong or an input cannot be read; the message then names the argument.
 * The content file is written by {@link ContentJson#write}.
 */
public final class VerifyProof {

    private static final List<String> HELP = List.of(
            Arguments.USAGE,
            "",
            "Checks that a revision's content is the one a blog logged, without trusting the blog:",
            "the content must hash to the proof's leaf, the proof's checkpoint must be signed by the",
            "blog's key and lead from the leaf to its root, and, given --rpc, the checkpoint must be",
            "anchored on the Ethereum chain that URL serves. Prints one line per check, then VERIFIED",
            "or NOT VERIFIED: <reason>.",
            "",
            "  --proof <file>          the proof, as JSON (cloudblog-proof/1)",
            "  --content <file>        the revision's content, as a JSON object with exactly the members",
            "                          author, body, id, publishedAt (ISO-8601 instant or null), revision,",
            "                          slug, status, tags and title",
            "  --key <verifier key>    the blog's public key as <name>+<hash>+<base64 key>",
            "  --key-file <PEM file>   the blog's Ed25519 public key in PEM, instead of --key",
            "  --key-name <name>       with --key-file: the name the signatures carry (blog.verification.origin)",
            "  --rpc <url>             an Ethereum JSON-RPC URL; the proof's ethereum anchors are checked on",
            "                          that chain and the proof must carry one. Without it no anchor is checked",
            "  --confirmations <n>     how many blocks an anchoring transaction must be deep (default 1)",
            "  --help                  prints this text",
            "",
            "Exit status: 0 verified, 1 a check failed, 2 wrong arguments or unreadable input.");

    private VerifyProof() {
    }

    /** Runs the verifier on {@code args}, printing to standard output, and exits with its status unless 0. */
    public static void main(String[] args) {
        int status = run(args, System.out);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs the verifier.
     *
     * @param args the command line
     * @param out  receives the help, the checks and the verdict, or the error
     * @return 0 when every check passed (or {@code --help} was asked for), 1 when a check failed, 2 when
     *         the arguments are wrong or an input cannot be read
     */
    static int run(String[] args, PrintStream out) {
        if (args.length == 0 || Arrays.asList(args).contains("--help")) {
            HELP.forEach(out::println);
            return args.length == 0 ? 2 : 0;
        }
        Inputs inputs;
        Arguments arguments;
        try {
            arguments = Arguments.parse(args);
            inputs = Inputs.load(arguments);
        } catch (InputException e) {
            out.println("error: " + e.getMessage());
            if (e.isUsage()) {
                out.println(Arguments.USAGE);
            }
            return 2;
        }
        ProofCheck check = new ProofCheck(inputs.key(), arguments.rpc(), arguments.confirmations(),
                line -> out.println(line.line()));
        Verdict verdict = check.check(inputs.content(), inputs.proof());
        out.println(verdict.line());
        return verdict.exitStatus();
    }
}
