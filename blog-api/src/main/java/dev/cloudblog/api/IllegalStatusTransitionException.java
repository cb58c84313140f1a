package dev.cloudblog.api;

import dev.cloudblog.api.post.PostStatus;
import java.util.List;
import java.util.Map;

/** A lifecycle action asked for a status change the post's current status does not allow. */
public final class IllegalStatusTransitionException extends InvalidPostException {

    private static final long serialVersionUID = 1L;

    private final PostStatus from;
    private final PostStatus to;

    public IllegalStatusTransitionException(String postId, PostStatus from, PostStatus to) {
        super(Map.of("status", List.of("post '" + postId + "' is " + from + " and cannot become " + to
                + "; from " + from + " it can become " + from.allowedTransitions())));
        this.from = from;
        this.to = to;
    }

    public PostStatus from() {
        return from;
    }

    public PostStatus to() {
        return to;
    }
}
