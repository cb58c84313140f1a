package dev.cloudblog.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cloudblog.api.Blog;
import dev.cloudblog.api.InvalidPostException;
import dev.cloudblog.api.PostNotFoundException;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.api.post.PostInput;
import dev.cloudblog.api.post.PostQuery;
import dev.cloudblog.api.post.Seo;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Post validation")
class PostValidationTest {

    private final Blog blog = CloudBlog.builder().property("blog.scheduler.enabled", "false").build();

    @AfterEach
    void close() {
        blog.close();
    }

    private InvalidPostException refused(PostInput input) {
        try {
            blog.posts().create(input);
        } catch (InvalidPostException e) {
            assertThat(blog.posts().list(PostQuery.all()).items()).as("nothing stored").isEmpty();
            return e;
        }
        throw new AssertionError("expected the input to be refused: " + input);
    }

    @Test
    @DisplayName("every invalid field is reported at once, each with its own message")
    void reportsEveryProblem() {
        InvalidPostException e = refused(PostInput.builder().title(" ").author("").body("ok")
                .tags("fine", "<b>bad</b>", "").customField("1bad", "x").build());

        assertThat(e.errors()).containsOnlyKeys("title", "author", "tags[1]", "tags[2]", "customFields.1bad");
        assertThat(e.errors().get("title")).containsExactly("must not be blank");
        assertThat(e.errors().get("tags[1]")).singleElement().asString().contains("'<b>bad</b>' is not a valid tag");
        assertThat(e.getMessage()).contains("title: must not be blank");
    }

    @Test
    @DisplayName("a title over 300 characters is refused with its length")
    void refusesLongTitle() {
        InvalidPostException e = refused(PostInput.builder().title("t".repeat(301)).author("ada").build());

        assertThat(e.errors().get("title")).containsExactly("must be at most 300 characters but has 301");
    }

    @Test
    @DisplayName("a title of exactly 300 characters, counted in code points, is accepted")
    void acceptsTitleAtTheLimit() {
        Post post = blog.posts().create(PostInput.builder().title("🍮".repeat(300)).author("ada").build());

        assertThat(post.title().codePointCount(0, post.title().length())).isEqualTo(300);
        assertThat(post.slug()).isEqualTo("post");
    }

    @Test
    @DisplayName("a body over 1 MiB of UTF-8 is refused")
    void refusesLargeBody() {
        String body = "é".repeat(512 * 1024 + 1);
        InvalidPostException e = refused(PostInput.builder().title("Big").author("ada").body(body).build());

        assertThat(e.errors().get("body")).singleElement().asString()
                .contains("at most 1 MiB").contains(Integer.toString(1024 * 1024 + 2));
    }

    @Test
    @DisplayName("more than 20 tags are refused")
    void refusesTooManyTags() {
        List<String> tags = IntStream.range(0, 21).mapToObj(i -> "tag" + i).toList();
        InvalidPostException e = refused(PostInput.builder().title("Tags").author("ada").tags(tags).build());

        assertThat(e.errors().get("tags")).containsExactly("at most 20 tags are allowed but 21 were given");
    }

    @Test
    @DisplayName("malformed tags, slugs, excerpts, SEO fields and custom fields are refused")
    void refusesMalformedFields() {
        InvalidPostException e = refused(PostInput.builder().title("Fields").author("ada")
                .tags("x".repeat(51), "-leading", "ok tag").slug("!!!").customExcerpt("e".repeat(501))
                .seo(new Seo("s".repeat(301), null, "k".repeat(101)))
                .customField("fine.key", "v".repeat(10_001)).build());

        assertThat(e.errors()).containsOnlyKeys("tags[0]", "tags[1]", "slug", "customExcerpt", "seo.title",
                "seo.focusKeyphrase", "customFields.fine.key");
        assertThat(e.errors().get("slug")).containsExactly("'!!!' has no letters or digits to make a slug from");
    }

    @Test
    @DisplayName("an invalid update leaves the stored post as it was")
    void invalidUpdateChangesNothing() {
        Post post = blog.posts().create(PostInput.builder().title("Keep").author("ada").body("body").build());

        assertThatThrownBy(() -> blog.posts().update(post.id(), 1, PostInput.from(post).title("").build()))
                .isInstanceOf(InvalidPostException.class);
        assertThat(blog.posts().require(post.id())).isEqualTo(post);
        assertThat(blog.posts().history(post.id())).hasSize(1);
    }

    @Test
    @DisplayName("operations on an unknown post say which id was not found")
    void unknownPost() {
        assertThatThrownBy(() -> blog.posts().require("nope")).isInstanceOf(PostNotFoundException.class)
                .hasMessage("no post has id 'nope'");
        assertThatThrownBy(() -> blog.posts().update("nope", 1, PostInput.builder().title("x").author("a").build()))
                .isInstanceOf(PostNotFoundException.class);
        assertThat(blog.posts().get("nope")).isEmpty();
    }
}
