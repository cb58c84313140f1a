package dev.cloudblog.providers.ml;

import dev.cloudblog.api.analysis.AnalysisFacet;
import dev.cloudblog.api.analysis.Check;
import dev.cloudblog.api.post.Post;
import dev.cloudblog.spi.analysis.ContentAnalyzer;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code ml} analyzer's facets:
 *
 * <ul>
 *   <li>{@code sentiment}: the learned model's probability that the post is positive, as a score
 *       from -1 to 1 ({@code 2p - 1}), verdict {@code positive} or {@code negative};</li>
 *   <li>{@code tags}: suggested tags with their probabilities as metrics {@code tag:<name>}, verdict
 *       {@code suggested} or {@code none}; {@code cold-start}, with a check saying what is missing,
 *       while the blog has too few tagged posts: it never guesses;</li>
 *   <li>{@code related}: the most similar other posts as metrics {@code post:<id>} (cosine of their
 *       embeddings), verdict {@code related} or {@code cold-start}.</li>
 * </ul>
 *
 * Each facet's {@code analyzerVersion} names the model version behind it, such as
 * {@code sentiment@3}. The sentiment model is loaded from the registry, or trained on first start,
 * in the background; analysis waits for it. The tagger and the embeddings learn from the blog's
 * posts ({@link #learn}) and are retrained in the background, on a thread of their own, once
 * {@code blog.ml.tags.retrain-after} posts changed; a model trained on the same posts with the same
 * settings is reused from the registry. Every sentiment prediction feeds the drift monitor.
 * Thread-safe.
 */
final class MlAnalyzer implements ContentAnalyzer {

    static final String TAGS_ID = "tags";
    static final String EMBEDDINGS_ID = "embeddings";

    private static final Logger LOG = LoggerFactory.getLogger(MlAnalyzer.class);

    private final MlSettings settings;
    private final ModelRegistry registry;
    private final TagSettings tagSettings;
    private final EmbeddingSettings embeddingSettings;
    private final MeterRegistry meters;
    private final ExecutorService training;
    private final CompletableFuture<SentimentModel> sentiment;
    private final CompletableFuture<DriftMonitor> drift;
    private final TagCorpus corpus;
    private final AtomicBoolean retraining = new AtomicBoolean();
    private volatile LearnedModels learned;

    MlAnalyzer(MlSettings settings, ModelRegistry registry, MeterRegistry meters) {
        this.settings = settings;
        this.registry = registry;
        this.meters = meters;
        TagSettings defaults = TagSettings.defaults();
        this.tagSettings = new TagSettings(settings.minTaggedPosts(), settings.minPostsPerTag(), defaults.hiddenSize(),
                defaults.epochs(), defaults.learningRate(), defaults.vocabularySize(), defaults.minDocuments(),
                defaults.seed());
        this.embeddingSettings = EmbeddingSettings.defaults();
        this.training = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "cloudblog-ml-training");
            thread.setDaemon(true);
            return thread;
        });
        this.sentiment = CompletableFuture.supplyAsync(() -> SentimentModel.loadOrTrain(registry, settings), training);
        this.drift = sentiment.thenApply(model -> new DriftMonitor(SentimentModel.MODEL_ID,
                Integer.toString(model.card().version()), model.baseline(), settings.driftWindow(),
                settings.driftThreshold(), meters));
        try {
            this.corpus = new TagCorpus(settings.directory().resolve("corpus"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the posts the ml analyzer learned from in "
                    + settings.directory().resolve("corpus"), e);
        }
        this.learned = loadLearned();
    }

    /** The tagger and embeddings the registry holds as current, if any. */
    private LearnedModels loadLearned() {
        List<TaggedText> posts = corpus.snapshot();
        String coldStart = TagModel.readiness(posts, tagSettings).orElse(null);
        Optional<ModelCard> taggerCard = registry.current(TAGS_ID);
        Optional<ModelCard> embeddingsCard = registry.current(EMBEDDINGS_ID);
        if (taggerCard.isEmpty() && embeddingsCard.isEmpty()) {
            return LearnedModels.none(coldStart == null ? "auto-tagging starts once the posts are learned" : coldStart);
        }
        try {
            Embeddings embeddings = embeddingsCard.isPresent()
                    ? Embeddings.load(registry.directory(embeddingsCard.get())) : null;
            return new LearnedModels(
                    taggerCard.isPresent() ? TagModel.load(registry.directory(taggerCard.get())) : null,
                    taggerCard.orElse(null), embeddings, embeddingsCard.orElse(null),
                    embeddings == null ? Map.of() : embeddings.vectors(posts), coldStart);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the learned models from " + settings.directory(), e);
        }
    }

    @Override
    public List<AnalysisFacet> analyze(Post post) {
        String text = post.title() + "\n\n" + post.body();
        return List.of(sentimentFacet(text), tagsFacet(text), relatedFacet(post.id(), text));
    }

    private AnalysisFacet sentimentFacet(String text) {
        SentimentModel model = await(sentiment);
        double[] probabilities = model.classifier().probabilities(text);
        double positive = probabilities[1];
        int label = positive >= 0.5 ? 1 : 0;
        await(drift).observe(label, SentimentModel.summaries(model.classifier(), Tokenizer.tokens(text)));
        return new AnalysisFacet(MlAnalyzerProvider.NAME, version(model.card()), "sentiment", 2 * positive - 1,
                SentimentData.LABELS.get(label), Map.of("positiveProbability", positive,
                        "negativeProbability", probabilities[0]), List.of());
    }

    private AnalysisFacet tagsFacet(String text) {
        LearnedModels models = learned;
        if (models.tagger() == null) {
            return new AnalysisFacet(MlAnalyzerProvider.NAME, TAGS_ID + "@none", "tags", 0, "cold-start", Map.of(),
                    List.of(new Check("ml.tags.cold-start", 0, models.coldStart())));
        }
        List<TagSuggestion> suggestions = models.tagger().suggest(text, settings.tagLimit(),
                settings.minTagProbability());
        Map<String, Double> metrics = new LinkedHashMap<>();
        suggestions.forEach(suggestion -> metrics.put("tag:" + suggestion.tag(), suggestion.probability()));
        return new AnalysisFacet(MlAnalyzerProvider.NAME, version(models.taggerCard()), "tags",
                suggestions.isEmpty() ? 0 : suggestions.get(0).probability(),
                suggestions.isEmpty() ? "none" : "suggested", metrics, List.of());
    }

    private AnalysisFacet relatedFacet(String id, String text) {
        LearnedModels models = learned;
        if (models.embeddings() == null) {
            return new AnalysisFacet(MlAnalyzerProvider.NAME, EMBEDDINGS_ID + "@none", "related", 0, "cold-start",
                    Map.of(), List.of(new Check("ml.related.cold-start", 0, "related posts start once "
                            + settings.minTaggedPosts() + " posts are learned")));
        }
        List<RelatedPost> related = models.embeddings().related(id, text, models.vectors(), settings.relatedLimit());
        Map<String, Double> metrics = new LinkedHashMap<>();
        related.forEach(post -> metrics.put("post:" + post.id(), post.similarity()));
        return new AnalysisFacet(MlAnalyzerProvider.NAME, version(models.embeddingsCard()), "related",
                related.isEmpty() ? 0 : related.get(0).similarity(), related.isEmpty() ? "none" : "related", metrics,
                List.of());
    }

    private static String version(ModelCard card) {
        return card.modelId() + "@" + card.version();
    }

    @Override
    public boolean learnsFromPosts() {
        return true;
    }

    @Override
    public void learn(Post post) {
        corpus.update(new TaggedText(post.id(), post.title() + "\n\n" + post.body(), new HashSet<>(post.tags())));
        retrainWhenDue();
    }

    @Override
    public void forget(String postId) {
        corpus.remove(postId);
        retrainWhenDue();
    }

    /** The latest drift report of the sentiment model. */
    DriftMonitor.DriftReport driftReport() {
        return await(drift).report();
    }

    private void retrainWhenDue() {
        if (corpus.changesSinceMark() >= settings.retrainAfter() && retraining.compareAndSet(false, true)) {
            training.execute(() -> {
                try {
                    retrain();
                } catch (RuntimeException e) {
                    LOG.warn("Retraining the tagger and the embeddings failed; retrying after the next changes", e);
                } finally {
                    retraining.set(false);
                }
                retrainWhenDue();
            });
        }
    }

    /** Trains (or reuses) the tagger and the embeddings on the posts as of now. */
    private void retrain() {
        List<TaggedText> posts = corpus.mark();
        try {
            corpus.flush();
        } catch (IOException e) {
            LOG.warn("Could not keep the learned posts in {}; they are learned again at the next start",
                    settings.directory(), e);
        }
        String fingerprint = Fingerprint.of(posts.stream().map(post -> post.id() + "\t" + post.tags() + "\t"
                + post.text()).toList());
        Optional<String> coldStart = TagModel.readiness(posts, tagSettings);
        try {
            ModelCard taggerCard = null;
            TagModel tagger = null;
            if (coldStart.isEmpty()) {
                taggerCard = registry.find(TAGS_ID, fingerprint, TagTraining.hyperparameters(tagSettings))
                        .orElseGet(() -> TagTraining.register(registry, posts, fingerprint, tagSettings));
                tagger = TagModel.load(registry.directory(taggerCard));
            }
            ModelCard embeddingsCard = null;
            Embeddings embeddings = null;
            if (posts.size() >= settings.minTaggedPosts()) {
                Map<String, String> embeddingParameters = TagTraining.hyperparameters(embeddingSettings);
                embeddingsCard = registry.find(EMBEDDINGS_ID, fingerprint, embeddingParameters).orElseGet(() -> {
                    Embeddings trained = Embeddings.train(posts, embeddingSettings);
                    return registry.register(EMBEDDINGS_ID, fingerprint, embeddingParameters,
                            Map.of("posts", (double) posts.size()), List.of(), trained::save);
                });
                embeddings = Embeddings.load(registry.directory(embeddingsCard));
            }
            learned = new LearnedModels(tagger, taggerCard, embeddings, embeddingsCard,
                    embeddings == null ? Map.of() : embeddings.vectors(posts), coldStart.orElse(null));
            LOG.info("Learned from {} posts: tagger {}, embeddings {}", posts.size(),
                    taggerCard == null ? "not yet (" + coldStart.orElseThrow() + ")" : version(taggerCard),
                    embeddingsCard == null ? "not yet" : version(embeddingsCard));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the models just trained from " + settings.directory(), e);
        }
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the ml models load", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the ml models could not be loaded or trained: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    @Override
    public void close() {
        training.shutdownNow();
        try {
            training.awaitTermination(10, TimeUnit.SECONDS);
            corpus.flush();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            LOG.warn("Could not keep the learned posts in {}", settings.directory(), e);
        }
        drift.thenAccept(DriftMonitor::close);
    }
}
