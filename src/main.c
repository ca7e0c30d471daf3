/* main.c: the mdtl program. */
#include <stdio.h>

#include "mdtl/cmd.h"

int
main(int argc, char **argv)
{
	return mdtl_main(argc, argv, stdout, stderr);
}
