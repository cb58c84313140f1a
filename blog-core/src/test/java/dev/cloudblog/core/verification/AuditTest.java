package dev.cloudblog.core.verification;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.verification.AuditReport;
import dev.cloudblog.api.verification.AuditReport.Finding;
import dev.cloudblog.api.verification.AuditReport.Kind;
import dev.cloudblog.tck.MutableClock;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Auditing the store against the revision log")
class AuditTest {

    @TempDir
    Path data;

    private Blog blog;
    private TamperingStore store;
    private Post post;
    private Post other;

    @BeforeEach
    void open() {
        blog = VerifiedBlogs.onTamperingStore(data, MutableClock.at("2030-01-01T00:00:00Z"));
        store = TamperingStoreProvider.created();
        Post draft = blog.posts().create(PostInput.builder().title("Audited").author("ada").body("one").build());
        Post second = blog.posts().update(draft.id(), 1, PostInput.from(draft).body("two").build());
        post = blog.posts().publish(draft.id(), second.version());
        other = blog.posts().create(PostInput.builder().title("Other").author("grace").body("other").build());
        blog.verification().checkpoint();
    }

    @AfterEach
    void close() {
        blog.close();
    }

    @Test
    @DisplayName("an untouched store is intact, deleted posts included")
    void intact() {
        blog.posts().delete(other.id(), other.version());

        AuditReport report = blog.verification().audit();
        assertThat(report.findings()).isEmpty();
        assertThat(report.intact()).isTrue();
        assertThat(report.leavesChecked()).isEqualTo(5);
        assertThat(report.revisionsChecked()).isEqualTo(3);
    }

    @Test
    @DisplayName("posts written and deleted while audits run are not reported as tampering")
    void concurrentWritesAreNotFindings() throws Exception {
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            for (int i = 0; writing.get(); i++) {
                Post created = blog.posts().create(PostInput.builder().title("Busy " + i).author("ada").body("b")
                        .build());
                if (i % 2 == 0) {
                    blog.posts().delete(created.id(), created.version());
                }
            }
        });
        writer.start();
        try {
            for (int audit = 0; audit < 15; audit++) {
                assertThat(blog.verification().audit().findings()).as("audit %d", audit).isEmpty();
            }
        } finally {
            writing.set(false);
            writer.join();
        }
    }

    @Test
    @DisplayName("a body changed behind the engine's back is reported with its post, revision and leaf")
    void changedBody() {
        store.changeBody(post.id(), 2, "two, quietly rewritten");

        assertThat(blog.verification().audit().findings()).singleElement().satisfies(finding -> {
            assertThat(finding.kind()).isEqualTo(Kind.CONTENT_CHANGED);
            assertThat(finding.postId()).isEqualTo(post.id());
            assertThat(finding.revision()).isEqualTo(2);
            assertThat(finding.leafIndex()).isEqualTo(1);
        });
    }

    @Test
    @DisplayName("a dropped revision is reported as missing")
    void droppedRevision() {
        store.drop(post.id(), 1);

        assertThat(blog.verification().audit().findings()).extracting(Finding::kind, Finding::revision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.REVISION_MISSING, 1L));
    }

    @Test
    @DisplayName("reordered revisions are reported, each of them")
    void reorderedRevisions() {
        store.swap(post.id(), 1, 2);

        assertThat(blog.verification().audit().findings()).extracting(Finding::kind, Finding::revision)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.CONTENT_CHANGED, 1L),
                        org.assertj.core.groups.Tuple.tuple(Kind.CONTENT_CHANGED, 2L));
    }

    @Test
    @DisplayName("a revision without a leaf is reported as not logged")
    void unloggedRevision() {
        store.forgetLeaf(other.id(), 1);

        assertThat(blog.verification().audit().findings()).extracting(Finding::kind, Finding::postId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.REVISION_NOT_LOGGED, other.id()));
    }

    @Test
    @DisplayName("a checkpoint edited in the store is reported against the log's root")
    void editedCheckpoint() {
        store.editCheckpoints(note -> note.replaceFirst("\n4\n", "\n3\n"));

        assertThat(blog.verification().audit().findings()).extracting(Finding::kind)
                .containsExactly(Kind.LOG_ROOT_MISMATCH);
    }
}
