-- A model stored by the sample app before Scale's config reached version 2: its Scale layer has an "offset"
-- and no "config_version", as version 1 wrote it.
DELETE FROM stored_layer WHERE model_id = 1001;
DELETE FROM stored_model WHERE id = 1001;
INSERT INTO stored_model (id, name, created_at) VALUES (1001, 'written-by-version-1', TIMESTAMP WITH TIME ZONE '2024-01-15 10:00:00+00');
INSERT INTO stored_layer (model_id, layer_index, layer) VALUES
  (1001, 0, '{"module": "io.github.objectregistry.sample.layers", "class_name": "Scale", "config": {"factor": 2.0, "offset": 1.0}, "registered_name": "sample>Scale"}'),
  (1001, 1, '{"module": "io.github.objectregistry.sample.layers", "class_name": "Clip", "config": {"min": -10.0, "max": 4.0}, "registered_name": "sample>Clip"}');
