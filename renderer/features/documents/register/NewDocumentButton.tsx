import AddIcon from '@mui/icons-material/Add'
import { Button, ListItemText, Menu, MenuItem } from '@mui/material'
import { useState } from 'react'
import { useNavigate } from 'react-router'
import { TEMPLATES } from '../../../../shared/documents/templates'
import { newDocumentPath } from '../paths'

/** 新建公文 ▾: the templates to start from. */
export function NewDocumentButton() {
  const navigate = useNavigate()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  return (
    <>
      <Button
        variant="contained"
        startIcon={<AddIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        新建公文
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        {TEMPLATES.map((template) => (
          <MenuItem
            key={template.id}
            onClick={() => {
              setAnchor(null)
              void navigate(newDocumentPath(template.id))
            }}
          >
            <ListItemText primary={template.label} secondary={template.description} />
          </MenuItem>
        ))}
      </Menu>
    </>
  )
}
