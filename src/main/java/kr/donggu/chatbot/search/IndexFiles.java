package kr.donggu.chatbot.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kr.donggu.chatbot.knowledge.KnowledgeBase;
import kr.donggu.chatbot.knowledge.ProgramDocument;
import kr.donggu.chatbot.knowledge.Section;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The index directory of one generation on disk: reused when it was built from the same knowledge the current way
 * (the commit's user data says so), written afresh otherwise, one Lucene document per section.
 */
final class IndexFiles {

    /** Bump when analysis or fields change, so an index on disk built the old way is rebuilt. */
    static final String FORMAT = "v6";

    private IndexFiles() {
    }

    /** A reader on the index in {@code directory} (at {@code path}), written first unless it is current. */
    static DirectoryReader openOrWrite(Directory directory, Path path, KnowledgeBase knowledge, Analyzer analyzer,
                                       Ranking ranking) throws IOException {
        String stamp = FORMAT + ":" + knowledge.fingerprint();
        DirectoryReader current = openIfCurrent(directory, stamp);
        if (current != null) {
            return current;
        }
        write(path, stamp, knowledge, analyzer, ranking);
        return DirectoryReader.open(directory);
    }

    /** The index in {@code directory} if it was built from this knowledge the current way; null otherwise. */
    private static DirectoryReader openIfCurrent(Directory directory, String stamp) {
        DirectoryReader r = null;
        try {
            r = DirectoryReader.open(directory);
            if (stamp.equals(r.getIndexCommit().getUserData().get(IndexFields.FINGERPRINT))) {
                return r;
            }
            r.close();
        } catch (IOException | RuntimeException e) {
            closeQuietly(r);
        }
        return null;
    }

    private static void closeQuietly(DirectoryReader r) {
        try {
            if (r != null) {
                r.close();
            }
        } catch (IOException ignored) {
            // it was unreadable anyway; the index is rebuilt
        }
    }

    private static void write(Path path, String stamp, KnowledgeBase knowledge, Analyzer analyzer, Ranking ranking)
            throws IOException {
        deleteRecursively(path);
        Files.createDirectories(path);
        IndexWriterConfig config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
                .setSimilarity(ranking.similarity());
        try (Directory dir = FSDirectory.open(path); IndexWriter writer = new IndexWriter(dir, config)) {
            for (ProgramDocument doc : knowledge.documents()) {
                for (int i = 0; i < doc.sections().size(); i++) {
                    writer.addDocument(chunk(doc, i, doc.sections().get(i)));
                }
            }
            writer.setLiveCommitData(Map.of(IndexFields.FINGERPRINT, stamp).entrySet());
            writer.commit();
        }
    }

    private static Document chunk(ProgramDocument doc, int index, Section section) {
        Document d = new Document();
        // what people call the program weighs like its keywords
        String keywords = String.join(" ", doc.keywords()) + " " + String.join(" ", doc.aliases());
        d.add(new StringField(IndexFields.CHUNK_ID, doc.id() + "#" + index, Field.Store.NO));
        d.add(new StringField(IndexFields.DOC_ID, doc.id(), Field.Store.NO));
        // the program and section of each Lucene doc, read into memory once per generation (see readChunks)
        d.add(new SortedDocValuesField(IndexFields.DOC_ID, new BytesRef(doc.id())));
        d.add(new NumericDocValuesField(IndexFields.ORDER, index));
        d.add(new StringField(IndexFields.HEADING + "_exact", section.heading(), Field.Store.NO));
        d.add(new TextField(IndexFields.TITLE, doc.title(), Field.Store.NO));
        d.add(new TextField(IndexFields.HEADING, section.heading(), Field.Store.NO));
        d.add(new TextField(IndexFields.KEYWORDS, keywords, Field.Store.NO));
        d.add(new TextField(IndexFields.BODY, section.text(), Field.Store.NO));
        d.add(new TextField(IndexFields.BIGRAMS, doc.title() + " " + keywords + " " + section.text(), Field.Store.NO));
        // one value each, so no pair spans the end of the title and the start of the text
        for (String part : List.of(doc.title(), keywords, section.heading(), section.text())) {
            d.add(new TextField(IndexFields.PAIRS, part, Field.Store.NO));
        }
        return d;
    }

    static void deleteRecursively(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var walk = Files.walk(path)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("Failed to delete " + path, e);
        }
    }
}
