/* fuzz-yaml.c: the YAML loader behind the data files and front matter. */
#include <string.h>

#include "fuzz.h"
#include "mdtl/yamltree.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct mdtl_arena a = MDTL_ARENA_INIT;
	struct mdtl_diag d = MDTL_DIAG_INIT;

	mdtl_yaml_load(&a, (const char *)data, size, "fuzz.yaml", MDTL_YAML_MAX_DEPTH, &d);
	mdtl_arena_release(&a);
	mdtl_diag_release(&d);
	return 0;
}
