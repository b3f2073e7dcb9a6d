package dk.rekrut.matching.vector;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A tiny BERT-shaped ONNX model written by hand for the tests, since no real model may be downloaded: a graph whose
 * inputs are {@code input_ids} and {@code attention_mask} [batch × seq] (int64), and {@code token_type_ids} when asked,
 * and whose output {@code last_hidden_state} [batch × seq × d] is a Gather of each token's row from an embedding
 * table. The attention mask is an input the graph ignores, as a real model's padded positions still get states: the
 * pooling must leave them out. Encoded with a minimal protobuf writer after onnx.proto (ModelProto, GraphProto,
 * NodeProto, TensorProto, ValueInfoProto).
 */
public final class TinyOnnxModel {

    private static final int FLOAT = 1;
    private static final int INT64 = 7;

    /** The tokens, in id order, and each one's embedding (the vocabulary's other tokens embed as zeros). */
    private final Map<String, float[]> tokens = new LinkedHashMap<>();
    private final int dimension;

    public TinyOnnxModel(int dimension) {
        this.dimension = dimension;
        for (String special : List.of("[PAD]", "[UNK]", "[CLS]", "[SEP]")) {
            tokens.put(special, new float[dimension]);
        }
    }

    /** Adds a token (or sets a special one's embedding). */
    public TinyOnnxModel token(String token, float... embedding) {
        if (embedding.length != 0 && embedding.length != dimension) {
            throw new IllegalArgumentException("an embedding has " + dimension + " numbers");
        }
        tokens.put(token, embedding.length == 0 ? new float[dimension] : embedding.clone());
        return this;
    }

    /** Writes {@code model.onnx} and {@code vocab.txt} into the folder; returns the folder. */
    public Path write(Path dir, boolean tokenTypeIds) throws IOException {
        Files.createDirectories(dir);
        Files.write(dir.resolve("model.onnx"), model(tokenTypeIds));
        Files.write(dir.resolve("vocab.txt"), tokens.keySet(), StandardCharsets.UTF_8);
        return dir;
    }

    private byte[] model(boolean tokenTypeIds) {
        var table = ByteBuffer.allocate(tokens.size() * dimension * 4).order(ByteOrder.LITTLE_ENDIAN);
        tokens.values().forEach(v -> {
            for (float x : v) {
                table.putFloat(x);
            }
        });
        var initializer = new Proto()
            .varint(1, tokens.size()).varint(1, dimension) // dims
            .varint(2, FLOAT)                               // data_type
            .string(8, "embeddings")                        // name
            .bytes(9, table.array());                       // raw_data
        var gather = new Proto()
            .string(1, "embeddings").string(1, "input_ids") // input
            .string(2, "last_hidden_state")                 // output
            .string(3, "lookup")                            // name
            .string(4, "Gather");                           // op_type
        var graph = new Proto().message(1, gather).string(2, "tiny").message(5, initializer);
        var inputs = new ArrayList<>(List.of("input_ids", "attention_mask"));
        if (tokenTypeIds) {
            inputs.add("token_type_ids");
        }
        for (String name : inputs) {
            graph.message(11, valueInfo(name, INT64, false));
        }
        graph.message(12, valueInfo("last_hidden_state", FLOAT, true));
        return new Proto()
            .varint(1, 8)                                   // ir_version
            .string(2, "rekrut-test")                       // producer_name
            .message(7, graph)
            .message(8, new Proto().string(1, "").varint(2, 13)) // opset_import: default domain, opset 13
            .toBytes();
    }

    private Proto valueInfo(String name, int elemType, boolean withDimension) {
        var shape = new Proto()
            .message(1, new Proto().string(2, "batch"))     // dim { dim_param }
            .message(1, new Proto().string(2, "seq"));
        if (withDimension) {
            shape.message(1, new Proto().varint(1, dimension)); // dim { dim_value }
        }
        var tensor = new Proto().varint(1, elemType).message(2, shape); // TypeProto.Tensor
        return new Proto().string(1, name).message(2, new Proto().message(1, tensor));
    }

    /** Protocol buffers' wire format, the three kinds this model needs: varints, strings and bytes, messages. */
    private static final class Proto {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Proto varint(int field, long value) {
            raw((long) field << 3);
            raw(value);
            return this;
        }

        Proto bytes(int field, byte[] value) {
            raw(((long) field << 3) | 2);
            raw(value.length);
            out.writeBytes(value);
            return this;
        }

        Proto string(int field, String value) {
            return bytes(field, value.getBytes(StandardCharsets.UTF_8));
        }

        Proto message(int field, Proto value) {
            return bytes(field, value.toBytes());
        }

        byte[] toBytes() {
            return out.toByteArray();
        }

        private void raw(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }
    }
}
