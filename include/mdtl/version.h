/* version.h: the version mdtl reports. */
#ifndef MDTL_VERSION_H
#define MDTL_VERSION_H

#define MDTL_VERSION	"0.1.0"

#endif
