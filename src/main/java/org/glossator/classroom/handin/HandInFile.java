package org.glossator.classroom.handin;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.glossator.classroom.pack.Digests;
import org.glossator.classroom.pack.PackException;

/**
 * The hand-in file: a W3C Web Annotation {@code AnnotationCollection} (as the exporter writes
 * it) with one extra member, {@code handIn}, naming the pack, the student and the time, and
 * a checksum: {@code sha256:} of the line {@code glossator-hand-in}, the pack id, the student,
 * the time (each followed by a newline) and the collection without {@code handIn}, serialised
 * compactly by Jackson. The checksum detects a file that was edited or damaged after it was
 * handed in; it is not a signature (anyone with the program can make a valid file).
 */
public final class HandInFile {
    public static final String MEMBER = "handIn";
    private static final String CHECKSUM_PREFIX = "sha256:";

    /** Parsing is strict (duplicate keys refused, bounded strings); canonical output is compact. */
    private static final ObjectMapper STRICT = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(32_000_000).maxNestingDepth(200).build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build());
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private HandInFile() {
    }

    /**
     * Adds the hand-in member to a W3C collection and returns the file's bytes.
     * @param collection the JSON of an AnnotationCollection, as the exporter wrote it
     */
    public static byte[] seal(byte[] collection, String packId, String packTitle, String student, Instant handedIn)
            throws IOException {
        JsonNode root = STRICT.readTree(collection);
        if (!(root instanceof ObjectNode object)) {
            throw new IllegalArgumentException("not an annotation collection");
        }
        object.remove(MEMBER);
        String checksum = checksum(object, packId, student, handedIn.toString());
        ObjectNode member = object.putObject(MEMBER);
        member.put("packId", packId);
        member.put("packTitle", packTitle);
        member.put("student", student);
        member.put("handedIn", handedIn.toString());
        member.put("checksum", checksum);
        return PRETTY.writeValueAsBytes(object);
    }

    /**
     * Reads and verifies a hand-in file.
     * @throws PackException when it is too large, not JSON, not a hand-in, or its checksum does not match
     */
    public static HandIn read(Path file, long maxBytes) throws PackException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        byte[] bytes;
        try {
            if (Files.size(file) > maxBytes) {
                throw new PackException(name + ": the file is larger than " + maxBytes + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new PackException(name + ": there is no such file", e);
        } catch (IOException e) {
            throw new PackException(name + ": cannot read the file: " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = STRICT.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new PackException(name + ": not valid JSON (" + e.getOriginalMessage() + ", line "
                    + e.getLocation().getLineNr() + ")", e);
        } catch (IOException e) {
            throw new PackException(name + ": cannot read the file: " + e.getMessage(), e);
        }
        if (!(root instanceof ObjectNode object) || !(object.get(MEMBER) instanceof ObjectNode member)) {
            throw new PackException(name + ": not a Glossator hand-in (no \"" + MEMBER + "\" member)");
        }
        String packId = text(member, "packId", name);
        String student = StudentNames.clean(text(member, "student", name));
        if (student.isEmpty()) {
            throw new PackException(name + ": the hand-in names no student");
        }
        String handedIn = text(member, "handedIn", name);
        String claimed = text(member, "checksum", name);
        object.remove(MEMBER);
        String actual = checksum(object, packId, text(member, "student", name), handedIn);
        if (!actual.equalsIgnoreCase(claimed)) {
            throw new PackException(name + ": the checksum does not match the content; the file was changed"
                    + " after it was handed in, or is damaged");
        }
        Instant time;
        try {
            time = Instant.parse(handedIn);
        } catch (DateTimeParseException e) {
            throw new PackException(name + ": \"handedIn\" is not a UTC time");
        }
        int annotations = object.path("total").asInt(object.path("first").path("items").size());
        return new HandIn(name, packId, member.path("packTitle").asText(""), student, time, claimed, annotations,
                bytes);
    }

    private static String text(JsonNode member, String field, String name) throws PackException {
        JsonNode v = member.get(field);
        if (v == null || !v.isTextual()) {
            throw new PackException(name + ": the hand-in has no \"" + field + "\"");
        }
        return v.asText();
    }

    private static String checksum(ObjectNode collectionWithoutMember, String packId, String student, String time)
            throws IllegalStateException {
        try {
            byte[] body = STRICT.writeValueAsBytes(collectionWithoutMember);
            byte[] head = ("glossator-hand-in\n" + packId + "\n" + student + "\n" + time + "\n")
                    .getBytes(StandardCharsets.UTF_8);
            byte[] all = new byte[head.length + body.length];
            System.arraycopy(head, 0, all, 0, head.length);
            System.arraycopy(body, 0, all, head.length, body.length);
            return CHECKSUM_PREFIX + Digests.sha256(all);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed tree always serialises", e);
        }
    }
}
